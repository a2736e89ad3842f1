using FluxStore.Management.Domain.Orders;

namespace FluxStore.Management.Application.Orders;

[RequirePermission(PermissionArea.Orders, PermissionAction.View)]
public sealed record GetOrderQuery(Guid Id) : IRequest<OrderDto>, IRequiresProPlan;

public sealed class GetOrderQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<GetOrderQuery, OrderDto>
{
    public async Task<OrderDto> Handle(GetOrderQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var order = await db.Orders.AsNoTracking()
            .Include(o => o.Items)
            .Include(o => o.Refunds)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == request.Id && o.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Order");
        return OrderDto.From(order);
    }
}
