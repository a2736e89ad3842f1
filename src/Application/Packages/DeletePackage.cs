namespace FluxStore.Management.Application.Packages;

[RequirePermission(PermissionArea.Packages, PermissionAction.Delete)]
public sealed record DeletePackageCommand(Guid Id) : IRequest<Unit>, IRequiresProPlan;

public sealed class DeletePackageCommandHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<DeletePackageCommand, Unit>
{
    public async Task<Unit> Handle(DeletePackageCommand request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var package = await db.Packages.FirstOrDefaultAsync(p => p.Id == request.Id && p.StoreId == storeId, cancellationToken)
            ?? throw new NotFoundException("Package");

        // Servers and command templates go with it (cascade); orders keep their own copy of name and price.
        db.Packages.Remove(package);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
