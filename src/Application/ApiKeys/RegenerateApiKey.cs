using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Domain.ApiKeys;

namespace FluxStore.Management.Application.ApiKeys;

[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RegenerateApiKeyCommand(Guid StoreId, Guid Id) : IRequest<ApiKeyCreatedDto>, IStoreRequest, IRequiresProPlan;

public sealed class RegenerateApiKeyCommandHandler(IApplicationDbContext db, ISecretHasher secrets, TimeProvider clock, IMapper mapper)
    : IRequestHandler<RegenerateApiKeyCommand, ApiKeyCreatedDto>
{
    public async Task<ApiKeyCreatedDto> Handle(RegenerateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var key = await ApiKeyLookup.FindAsync(db, request.StoreId, request.Id, cancellationToken);
        var secret = secrets.Generate(ApiKey.SecretLength);
        key.Regenerate(secret.Hash, secret.Hint);
        await db.SaveChangesAsync(cancellationToken);
        return mapper.ConfigurationProvider.ProjectOne<ApiKey, ApiKeyCreatedDto>(key, new { now = clock.GetUtcNow().UtcDateTime })
            with { Key = ApiKey.Format(key.StoreId, secret.Secret) };
    }
}
