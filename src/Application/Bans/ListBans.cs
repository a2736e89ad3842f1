using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Application.Promotions;
using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Application.Bans;

/// <summary><c>?search=steve&amp;status=active&amp;skip=0&amp;take=20</c>, newest first.</summary>
[RequirePermission(PermissionArea.Bans, PermissionAction.View)]
public sealed record ListBansQuery : CursorPagedQuery, IRequest<ListPage<BanDto>>, IRequiresProPlan
{
    /// <summary>Part of the username (ignoring case), of the UUID (with or without dashes) or of the IP address.</summary>
    public string? Search { get; init; }

    /// <summary>"active" or "expired".</summary>
    public string? Status { get; init; }
}

public sealed class ListBansQueryValidator : AbstractValidator<ListBansQuery>
{
    public ListBansQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Status).StatusFilter<ListBansQuery, BanStatus>();
    }
}

public sealed class ListBansQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper, IListCursorProtector cursors)
    : IRequestHandler<ListBansQuery, ListPage<BanDto>>
{
    /// <summary>Newest first.</summary>
    internal static readonly ListOrder<Ban, DateTime> NewestFirst = new("bans.createdAt.desc", b => b.CreatedAt, b => b.Id, descending: true);

    public async Task<ListPage<BanDto>> Handle(ListBansQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var storeId = caller.RequireStoreId();
        var query = BanQueries.ForStore(db, storeId);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var text = request.Search.Trim();
            var upper = text.ToUpperInvariant();
            var lower = PlayerIdentity.TryNormalizeUuid(text, out var uuid) ? uuid! : text.ToLowerInvariant();
            query = query.Where(b =>
                (b.NormalizedUsername != null && b.NormalizedUsername.Contains(upper))
                || (b.PlayerUuid != null && b.PlayerUuid.Contains(lower))
                || (b.IpAddress != null && b.IpAddress.Contains(lower)));
        }

        if (PromotionRules.TryParseFilter<BanStatus>(request.Status, out var status))
        {
            query = status == BanStatus.Expired
                ? query.Where(b => b.ExpiresAt != null && b.ExpiresAt <= now)
                : query.Where(b => b.ExpiresAt == null || b.ExpiresAt > now);
        }

        return await Keyset.PageAsync(
            query, NewestFirst, request, storeId, cursors,
            ordered => ordered.ProjectTo<BanDto>(mapper.ConfigurationProvider, new { now }),
            b => b.CreatedAt, b => b.Id, cancellationToken,
            string.IsNullOrWhiteSpace(request.Search) && string.IsNullOrWhiteSpace(request.Status) ? StoreTotals.Of(db, storeId, StoreCount.Bans) : null);
    }
}
