namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>
/// Whether a user is a platform admin now, from their stored row (never from a token, which would keep a demoted
/// admin's rights for its whole lifetime).
/// </summary>
public interface IPlatformAdmins
{
    Task<bool> IsPlatformAdminAsync(Guid userId, CancellationToken cancellationToken);
}
