namespace FluxStore.Management.Application.Orders;

[RequirePermission(PermissionArea.Orders, PermissionAction.View)]
public sealed record GetOrderQuery(Guid Id) : IRequest<OrderDto>, IRequiresProPlan;

public sealed class GetOrderQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<GetOrderQuery, OrderDto>
{
    public async Task<OrderDto> Handle(GetOrderQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        return await db.Orders.AsNoTracking()
            .Where(o => o.Id == request.Id && o.StoreId == storeId)
            .AsSplitQuery()
            .ProjectToDto(db, mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Order");
    }
}
