using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Players;
using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Subscriptions;

/// <summary><c>GET /subscriptions?playerUsername=Steve</c>: newest first.</summary>
[RequirePermission(PermissionArea.Subscriptions, PermissionAction.View)]
public sealed record ListSubscriptionsQuery : CursorPagedQuery, IRequest<ListPage<SubscriptionDto>>, IRequiresProPlan
{
    public string? PlayerUsername { get; init; }
}

public sealed class ListSubscriptionsQueryValidator : AbstractValidator<ListSubscriptionsQuery>
{
    public ListSubscriptionsQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.PlayerUsername).MaximumLength(PlayerIdentity.UsernameMaxLength);
    }
}

public sealed class ListSubscriptionsQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, IListCursorProtector cursors)
    : IRequestHandler<ListSubscriptionsQuery, ListPage<SubscriptionDto>>
{
    /// <summary>Newest first.</summary>
    internal static readonly ListOrder<Subscription, DateTime> NewestFirst = new("subscriptions.startedAt.desc", s => s.StartedAt, s => s.Id, descending: true);

    public Task<ListPage<SubscriptionDto>> Handle(ListSubscriptionsQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var subscriptions = db.Subscriptions.AsNoTracking().Where(s => s.StoreId == storeId);
        if (!string.IsNullOrWhiteSpace(request.PlayerUsername))
        {
            var name = PlayerIdentity.NormalizeUsername(request.PlayerUsername);
            subscriptions = subscriptions.Where(s => s.NormalizedUsername == name);
        }

        return Keyset.PageAsync(
            subscriptions, NewestFirst, request, storeId, cursors,
            ordered => ordered.ProjectTo<SubscriptionDto>(mapper.ConfigurationProvider),
            s => s.StartedAt, s => s.Id, cancellationToken);
    }
}
