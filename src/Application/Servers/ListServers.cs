namespace FluxStore.Management.Application.Servers;

[RequirePermission(PermissionArea.Stores, PermissionAction.View)]
public sealed record ListServersQuery(Guid StoreId) : IRequest<IReadOnlyList<GameServerDto>>, IStoreRequest;

public sealed class ListServersQueryHandler(IApplicationDbContext db, IMapper mapper)
    : IRequestHandler<ListServersQuery, IReadOnlyList<GameServerDto>>
{
    public async Task<IReadOnlyList<GameServerDto>> Handle(ListServersQuery request, CancellationToken cancellationToken) =>
        await db.GameServers.AsNoTracking()
            .Where(s => s.StoreId == request.StoreId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id)
            .ProjectTo<GameServerDto>(mapper.ConfigurationProvider)
            .ToListAsync(cancellationToken);
}
