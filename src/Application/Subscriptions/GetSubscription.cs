using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Subscriptions;

[RequirePermission(PermissionArea.Subscriptions, PermissionAction.View)]
public sealed record GetSubscriptionQuery(Guid Id) : IRequest<SubscriptionDto>, IRequiresProPlan;

public sealed class GetSubscriptionQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<GetSubscriptionQuery, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(GetSubscriptionQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        return await SubscriptionQueries.Project(db.Subscriptions.AsNoTracking().Where(s => s.Id == request.Id && s.StoreId == storeId))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Subscription");
    }
}
