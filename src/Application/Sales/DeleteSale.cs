using FluxStore.Management.Domain.Sales;

namespace FluxStore.Management.Application.Sales;

[RequirePermission(PermissionArea.Sales, PermissionAction.Delete)]
public sealed record DeleteSaleCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeleteSaleCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeleteSaleCommand, Unit>
{
    public async Task<Unit> Handle(DeleteSaleCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var sale = await db.Sales.FirstOrDefaultAsync(s => s.Id == request.Id && s.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Sale");

        // Scope rows go with it (cascade); packages simply lose the sale price it gave them.
        db.Sales.Remove(sale);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
