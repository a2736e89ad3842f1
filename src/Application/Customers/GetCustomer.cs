using FluxStore.Management.Domain.Customers;

namespace FluxStore.Management.Application.Customers;

[RequirePermission(PermissionArea.Customers, PermissionAction.View)]
public sealed record GetCustomerQuery(Guid Id) : IRequest<CustomerDto>, IRequiresProPlan;

public sealed class GetCustomerQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<GetCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetCustomerQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        return await CustomerQueries.Project(db.Customers.AsNoTracking().Where(c => c.Id == request.Id && c.StoreId == storeId))
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Customer");
    }
}
