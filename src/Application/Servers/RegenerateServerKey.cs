namespace FluxStore.Management.Application.Servers;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RegenerateServerKeyCommand(Guid StoreId, Guid Id) : IRequest<GameServerCreatedDto>, IStoreRequest;

public sealed class RegenerateServerKeyCommandHandler(IApplicationDbContext db, ISecretHasher secrets, IMapper mapper)
    : IRequestHandler<RegenerateServerKeyCommand, GameServerCreatedDto>
{
    public async Task<GameServerCreatedDto> Handle(RegenerateServerKeyCommand request, CancellationToken cancellationToken)
    {
        var server = await db.GameServers.FirstOrDefaultAsync(s => s.Id == request.Id && s.StoreId == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Server");
        var secret = secrets.Generate(ServerKeys.SecretLength);
        server.ReplaceKey(secret.Hash, secret.Hint);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<GameServerCreatedDto>(server) with { Key = ServerKeys.Prefix + secret.Secret };
    }
}
