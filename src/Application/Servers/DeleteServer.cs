namespace FluxStore.Management.Application.Servers;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record DeleteServerCommand(Guid StoreId, Guid Id) : IRequest<Unit>, IStoreRequest;

public sealed class DeleteServerCommandHandler(IApplicationDbContext db) : IRequestHandler<DeleteServerCommand, Unit>
{
    public async Task<Unit> Handle(DeleteServerCommand request, CancellationToken cancellationToken)
    {
        var server = await db.GameServers.FirstOrDefaultAsync(s => s.Id == request.Id && s.StoreId == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Server");
        db.GameServers.Remove(server);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
