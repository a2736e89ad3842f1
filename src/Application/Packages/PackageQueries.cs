using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.Packages;

internal static class PackageQueries
{
    public static IQueryable<Package> ForStore(IApplicationDbContext db, Guid storeId) =>
        db.Packages.AsNoTracking().Where(p => p.StoreId == storeId);
}
