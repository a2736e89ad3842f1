using FluxStore.Management.Domain.ApiKeys;

namespace FluxStore.Management.Application.ApiKeys;

internal static class ApiKeyLookup
{
    public static async Task<ApiKey> FindAsync(IApplicationDbContext db, Guid storeId, Guid id, CancellationToken ct) =>
        await db.ApiKeys.FirstOrDefaultAsync(k => k.Id == id && k.StoreId == storeId, ct)
        ?? throw new NotFoundException("API key");
}
