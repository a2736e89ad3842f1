using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Application.Subscriptions;

/// <summary><c>GET /subscriptions?playerUsername=Steve</c>: newest first.</summary>
[RequirePermission(PermissionArea.Subscriptions, PermissionAction.View)]
public sealed record ListSubscriptionsQuery : PagedQuery, IRequest<PagedResult<SubscriptionDto>>, IRequiresProPlan
{
    public string? PlayerUsername { get; init; }
}

public sealed class ListSubscriptionsQueryValidator : AbstractValidator<ListSubscriptionsQuery>
{
    public ListSubscriptionsQueryValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.PlayerUsername).MaximumLength(PlayerIdentity.UsernameMaxLength);
    }
}

public sealed class ListSubscriptionsQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<ListSubscriptionsQuery, PagedResult<SubscriptionDto>>
{
    public Task<PagedResult<SubscriptionDto>> Handle(ListSubscriptionsQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var subscriptions = db.Subscriptions.AsNoTracking().Where(s => s.StoreId == storeId);
        if (!string.IsNullOrWhiteSpace(request.PlayerUsername))
        {
            var name = PlayerIdentity.NormalizeUsername(request.PlayerUsername);
            subscriptions = subscriptions.Where(s => s.NormalizedUsername == name);
        }

        return subscriptions.OrderByDescending(s => s.StartedAt).ThenByDescending(s => s.Id)
            .ProjectTo<SubscriptionDto>(mapper.ConfigurationProvider)
            .ToPagedResultAsync(request, cancellationToken);
    }
}
