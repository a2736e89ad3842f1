using FluxStore.Management.Domain.Subscriptions;

namespace FluxStore.Management.Application.Subscriptions;

[RequirePermission(PermissionArea.Subscriptions, PermissionAction.View)]
public sealed record GetSubscriptionQuery(Guid Id) : IRequest<SubscriptionDto>, IRequiresProPlan;

public sealed class GetSubscriptionQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<GetSubscriptionQuery, SubscriptionDto>
{
    public async Task<SubscriptionDto> Handle(GetSubscriptionQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        return await db.Subscriptions.AsNoTracking().Where(s => s.Id == request.Id && s.StoreId == storeId)
            .ProjectTo<SubscriptionDto>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Subscription");
    }
}
