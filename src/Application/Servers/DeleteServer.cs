namespace FluxStore.Management.Application.Servers;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record DeleteServerCommand(Guid StoreId, Guid Id) : IRequest<Unit>, IStoreRequest;

public sealed class DeleteServerCommandHandler(IApplicationDbContext db) : IRequestHandler<DeleteServerCommand, Unit>
{
    public async Task<Unit> Handle(DeleteServerCommand request, CancellationToken cancellationToken)
    {
        var server = await db.GameServers.FirstOrDefaultAsync(s => s.Id == request.Id && s.StoreId == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Server");

        // Its package links and its command queue go with it, in one transaction (the database's one cascade path
        // to those tables runs through packages and stores, so they are deleted here).
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.PackageServers.Where(l => l.GameServerId == server.Id).ExecuteDeleteAsync(cancellationToken);
        await db.PendingCommands.Where(c => c.GameServerId == server.Id).ExecuteDeleteAsync(cancellationToken);
        db.GameServers.Remove(server);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return Unit.Value;
    }
}
