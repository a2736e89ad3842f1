using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Authentication;

/// <summary>
/// A user's platform-admin flag from the <c>users</c> row, kept in <see cref="CredentialCache"/> under the same change
/// signal as the keys: a saved change of the flag (or a user deleted, or an admin added) empties the cache on this
/// instance at commit and on the others within 2 s.
/// </summary>
public sealed class PlatformAdminLookup(ApplicationDbContext db, CredentialCache cache) : IPlatformAdmins
{
    public async Task<bool> IsPlatformAdminAsync(Guid userId, CancellationToken cancellationToken)
    {
        if (cache.TryGetPlatformAdmin(userId, out var cached))
        {
            return cached;
        }

        var generation = cache.Generation;
        var isPlatformAdmin = await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => u.IsPlatformAdmin)
            .FirstOrDefaultAsync(cancellationToken);
        cache.AddPlatformAdmin(userId, isPlatformAdmin, generation);
        return isPlatformAdmin;
    }
}
