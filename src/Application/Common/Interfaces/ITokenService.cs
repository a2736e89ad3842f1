namespace FluxStore.Management.Application.Common.Interfaces;

public sealed record AccessToken(string Token, DateTime ExpiresAt);

public interface ITokenService
{
    AccessToken Issue(Guid userId, string email, bool isPlatformAdmin);
}
