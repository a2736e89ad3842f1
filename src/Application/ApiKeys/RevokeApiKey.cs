using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Application.Common.Mapping;
namespace FluxStore.Management.Application.ApiKeys;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RevokeApiKeyCommand(Guid StoreId, Guid Id) : IRequest<ApiKeyDto>, IStoreRequest;

public sealed class RevokeApiKeyCommandHandler(IApplicationDbContext db, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RevokeApiKeyCommand, ApiKeyDto>
{
    public async Task<ApiKeyDto> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var key = await ApiKeyLookup.FindAsync(db, request.StoreId, request.Id, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        key.Revoke(now);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.ConfigurationProvider.ProjectOne<ApiKey, ApiKeyDto>(key, new { now });
    }
}
