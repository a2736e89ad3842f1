using FluxStore.Management.Domain.Customers;

namespace FluxStore.Management.Application.Customers;

[RequirePermission(PermissionArea.Customers, PermissionAction.View)]
public sealed record GetCustomerQuery(Guid Id) : IRequest<CustomerDto>, IRequiresProPlan;

public sealed class GetCustomerQueryHandler(IApplicationDbContext db, ICallerContext caller, IMapper mapper)
    : IRequestHandler<GetCustomerQuery, CustomerDto>
{
    public async Task<CustomerDto> Handle(GetCustomerQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        return await db.Customers.AsNoTracking().Where(c => c.Id == request.Id && c.StoreId == storeId)
            .ProjectTo<CustomerDto>(mapper.ConfigurationProvider)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Customer");
    }
}
