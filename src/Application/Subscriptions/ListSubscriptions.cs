using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Players;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Subscriptions;

/// <summary><c>GET /subscriptions?playerUsername=Steve&amp;status=active</c>: newest first.</summary>
[RequirePermission(PermissionArea.Subscriptions, PermissionAction.View)]
public sealed record ListSubscriptionsQuery : CursorPagedQuery, IRequest<ListPage<SubscriptionDto>>, IRequiresProPlan
{
    public string? PlayerUsername { get; init; }

    /// <summary><c>active</c>, <c>expired</c> or <c>cancelled</c> (ignoring case).</summary>
    public string? Status { get; init; }

    public static bool TryParseStatus(string? value, out SubscriptionStatus status)
    {
        status = default;
        return !string.IsNullOrEmpty(value) && value.All(char.IsLetter) && Enum.TryParse(value, ignoreCase: true, out status);
    }
}

public sealed class ListSubscriptionsQueryValidator : AbstractValidator<ListSubscriptionsQuery>
{
    public ListSubscriptionsQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.PlayerUsername).MaximumLength(PlayerIdentity.UsernameMaxLength);
        RuleFor(x => x.Status)
            .Must(s => string.IsNullOrEmpty(s) || ListSubscriptionsQuery.TryParseStatus(s, out _))
            .WithMessage($"'status' must be one of {string.Join(", ", Enum.GetNames<SubscriptionStatus>().Select(n => n.ToLowerInvariant()))}.");
    }
}

public sealed class ListSubscriptionsQueryHandler(IApplicationDbContext db, ICallerContext caller, IListCursorProtector cursors)
    : IRequestHandler<ListSubscriptionsQuery, ListPage<SubscriptionDto>>
{
    /// <summary>
    /// Newest first. A row is field for field what <see cref="SubscriptionMappingProfile"/> makes, written out as a
    /// <c>Select</c> so the unfiltered cursor pages are compiled once (<c>docs/decisions/0028-list-projections.md</c>).
    /// </summary>
    internal static readonly CompiledKeyset<Subscription, DateTime, SubscriptionDto> List = new(
        new ListOrder<Subscription, DateTime>("subscriptions.startedAt.desc", s => s.StartedAt, s => s.Id, descending: true),
        (_, s) => new SubscriptionDto
        {
            Id = s.Id,
            PlayerUsername = s.PlayerUsername,
            PlayerUuid = s.PlayerUuid,
            PackageId = s.PackageId,
            PackageName = s.PackageName,
            OrderId = s.OrderId,
            Status = s.Status.ToString(),
            StartedAt = s.StartedAt,
            CurrentPeriodEnd = s.CurrentPeriodEnd,
            CancelAtPeriodEnd = s.CancelAtPeriodEnd,
            GraceEndsAt = s.Status == SubscriptionStatus.Active ? s.GraceEndsAt : (DateTime?)null,
            EndedAt = s.EndedAt,
            RenewalCount = s.RenewalCount,
        });

    /// <summary>The store of the key (Store API) or of the route (dashboard), from <see cref="ICallerContext"/>.</summary>
    public Task<ListPage<SubscriptionDto>> Handle(ListSubscriptionsQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var subscriptions = db.Subscriptions.AsNoTracking().Where(s => s.StoreId == storeId);
        if (!string.IsNullOrWhiteSpace(request.PlayerUsername))
        {
            var name = PlayerIdentity.NormalizeUsername(request.PlayerUsername);
            subscriptions = subscriptions.Where(s => s.NormalizedUsername == name);
        }

        SubscriptionStatus? byStatus = null;
        if (!string.IsNullOrWhiteSpace(request.Status) && ListSubscriptionsQuery.TryParseStatus(request.Status, out var status))
        {
            subscriptions = subscriptions.Where(s => s.Status == status);
            byStatus = status;
        }

        var context = db.AsDbContext();
        var unfiltered = string.IsNullOrWhiteSpace(request.PlayerUsername) && byStatus is null;
        return Keyset.PageAsync(
            subscriptions, List.Order, request, storeId, cursors,
            ordered => ordered.Select(List.ProjectionFor(context)),
            s => s.StartedAt, s => s.Id, cancellationToken,
            !string.IsNullOrWhiteSpace(request.PlayerUsername) ? null
            : byStatus is { } only ? StoreTotals.Of(db, storeId, StoreCount.Subscriptions(only))
            : StoreTotals.OfPrefix(db, storeId, StoreCount.SubscriptionsPrefix),
            unfiltered ? (cursor, backward, take) => List.Page(context, storeId, cursor, backward, take) : null);
    }
}
