using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Application.Common.Mapping;
namespace FluxStore.Management.Application.Stores;

[RequirePermission(PermissionArea.Stores, PermissionAction.View)]
public sealed record GetStoreQuery(Guid StoreId) : IRequest<StoreDto>, IStoreRequest;

public sealed class GetStoreQueryHandler(IApplicationDbContext db, TimeProvider clock, IMapper mapper)
    : IRequestHandler<GetStoreQuery, StoreDto>
{
    public async Task<StoreDto> Handle(GetStoreQuery request, CancellationToken cancellationToken)
    {
        var store = await db.Stores.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.StoreId, cancellationToken)
            ?? throw new NotFoundException("Store");
        return mapper.ConfigurationProvider.ProjectOne<Store, StoreDto>(store, new { now = clock.GetUtcNow().UtcDateTime });
    }
}
