namespace FluxStore.Management.Application.Servers;

[RequirePermission(PermissionArea.Stores, PermissionAction.View)]
public sealed record ListServersQuery(Guid StoreId) : IRequest<IReadOnlyList<GameServerDto>>, IStoreRequest;

public sealed class ListServersQueryHandler(IApplicationDbContext db)
    : IRequestHandler<ListServersQuery, IReadOnlyList<GameServerDto>>
{
    public async Task<IReadOnlyList<GameServerDto>> Handle(ListServersQuery request, CancellationToken cancellationToken) =>
        await db.GameServers.AsNoTracking()
            .Where(s => s.StoreId == request.StoreId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .Select(s => new GameServerDto { Id = s.Id, Name = s.Name, KeyHint = s.KeyHint, CreatedAt = s.CreatedAt })
            .ToListAsync(cancellationToken);
}
