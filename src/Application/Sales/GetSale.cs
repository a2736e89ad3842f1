namespace FluxStore.Management.Application.Sales;

[RequirePermission(PermissionArea.Sales, PermissionAction.View)]
public sealed record GetSaleQuery(Guid Id) : IRequest<SaleDto>, IRequiresProPlan;

public sealed class GetSaleQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetSaleQuery, SaleDto>
{
    public Task<SaleDto> Handle(GetSaleQuery request, CancellationToken cancellationToken) =>
        SaleQueries.LoadAsync(db, mapper.ConfigurationProvider, caller.RequireStoreId(), request.Id, clock.GetUtcNow().UtcDateTime, cancellationToken);
}
