using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.GiftCards;

namespace FluxStore.Management.Application.GiftCards;

/// <summary><c>?search=</c> matches the recipient's name ignoring case; <c>?status=</c> active|expired|depleted|disabled.</summary>
[RequirePermission(PermissionArea.GiftCards, PermissionAction.View)]
public sealed record ListGiftCardsQuery : CursorPagedQuery, IRequest<ListPage<GiftCardDto>>, IRequiresProPlan
{
    public const int SearchMaxLength = 100;

    public string? Search { get; init; }

    public string? Status { get; init; }
}

public sealed class ListGiftCardsQueryValidator : AbstractValidator<ListGiftCardsQuery>
{
    public ListGiftCardsQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.Search).MaximumLength(ListGiftCardsQuery.SearchMaxLength);
        RuleFor(x => x.Status)
            .Must(s => s is null || WireNames.TryParse<GiftCardStatus>(s, out _))
            .WithMessage($"'status' must be one of {WireNames.Choices<GiftCardStatus>()}.");
    }
}

public sealed class ListGiftCardsQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper, IListCursorProtector cursors)
    : IRequestHandler<ListGiftCardsQuery, ListPage<GiftCardDto>>
{
    /// <summary>Newest first.</summary>
    internal static readonly ListOrder<GiftCard, DateTime> NewestFirst = new("giftCards.createdAt.desc", g => g.CreatedAt, g => g.Id, descending: true);

    public async Task<ListPage<GiftCardDto>> Handle(ListGiftCardsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var storeId = caller.RequireStoreId();
        var query = GiftCardQueries.ForStore(db, storeId);
        if (!string.IsNullOrWhiteSpace(request.Search))
        {
            var term = request.Search.Trim().ToUpperInvariant();
            query = query.Where(g => g.NormalizedRecipientName != null && g.NormalizedRecipientName.Contains(term));
        }

        if (WireNames.TryParse<GiftCardStatus>(request.Status, out var status))
        {
            query = query.WithStatus(status, now);
        }

        return await Keyset.PageAsync(
            query, NewestFirst, request, storeId, cursors,
            ordered => ordered.ProjectTo<GiftCardDto>(mapper.ConfigurationProvider, new { now }),
            g => g.CreatedAt, g => g.Id, cancellationToken,
            string.IsNullOrWhiteSpace(request.Search) && string.IsNullOrWhiteSpace(request.Status) ? StoreTotals.Of(db, storeId, StoreCount.GiftCards) : null);
    }
}
