namespace FluxStore.Management.Application.Orders;

[RequirePermission(PermissionArea.Orders, PermissionAction.View)]
public sealed record GetOrderQuery(Guid Id) : IRequest<OrderDetailDto>, IRequiresProPlan;

public sealed class GetOrderQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper, TimeProvider clock)
    : IRequestHandler<GetOrderQuery, OrderDetailDto>
{
    public async Task<OrderDetailDto> Handle(GetOrderQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var order = await db.Orders.AsNoTracking()
            .Where(o => o.Id == request.Id && o.StoreId == storeId)
            .AsSplitQuery()
            .ProjectToDto(db, mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Order");
        return OrderDetailDto.From(order, await DeliveriesAsync(storeId, order.Id, cancellationToken));
    }

    /// <summary>
    /// The order's queued commands with their server's name. Projected by hand, not through a profile: the server name
    /// comes from a join (a queued command has no navigation to its server) and the status depends on the current time
    /// (a lease that has ended reads as pending again).
    /// </summary>
    private async Task<IReadOnlyList<OrderDeliveryDto>> DeliveriesAsync(Guid storeId, Guid orderId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await (
                from c in db.PendingCommands.AsNoTracking()
                where c.OrderId == orderId && c.StoreId == storeId
                join s in db.GameServers.AsNoTracking() on c.GameServerId equals s.Id into servers
                from s in servers.DefaultIfEmpty()
                orderby c.Sequence, c.CreatedAt, c.Id
                select new OrderDeliveryDto
                {
                    Id = c.Id,
                    ServerId = c.GameServerId,
                    ServerName = s == null ? null : s.Name,
                    Command = c.Command,
                    Status = c.ExecutedAt != null ? OrderDeliveryDto.Delivered
                        : c.CancelledAt != null ? OrderDeliveryDto.Cancelled
                        : c.FailedAt != null ? OrderDeliveryDto.Failed
                        : c.LeasedUntil != null && c.LeasedUntil > now ? OrderDeliveryDto.Leased
                        : OrderDeliveryDto.Pending,
                    Attempts = c.Attempts,
                    DeliveredAt = c.ExecutedAt,
                    LastError = c.LastError,
                })
            .ToListAsync(ct);
    }
}
