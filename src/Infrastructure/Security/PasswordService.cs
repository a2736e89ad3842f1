using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Domain.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using BCryptHasher = BCrypt.Net.BCrypt;
using HashType = BCrypt.Net.HashType;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary>
/// bcrypt (BCrypt.Net-Next) with the work factor from <see cref="PasswordOptions"/>. The password is pre-hashed
/// with SHA-384 (the library's "enhanced" mode) because bcrypt reads only 72 bytes and passwords may be longer.
/// Hashes of the earlier format (ASP.NET Core Identity's PBKDF2) still verify, and
/// <see cref="NeedsRehash"/> tells the login to replace them.
/// </summary>
public sealed class PasswordService : IPasswordService
{
    private const HashType PreHash = HashType.SHA384;

    private readonly PasswordHasher<User> _legacy = new();
    private readonly int _workFactor;
    private readonly Lazy<string> _decoyHash;

    public PasswordService(IOptions<PasswordOptions> options)
    {
        _workFactor = options.Value.BcryptWorkFactor;
        _decoyHash = new Lazy<string>(() => Hash(Guid.NewGuid().ToString("N")));
    }

    public string Hash(string password) => BCryptHasher.EnhancedHashPassword(password, PreHash, _workFactor);

    public bool Verify(string hash, string password)
    {
        if (IsBcrypt(hash))
        {
            return BCryptHasher.EnhancedVerify(password, hash, PreHash);
        }

        return _legacy.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;
    }

    public bool NeedsRehash(string hash) => !IsBcrypt(hash) || BCryptHasher.PasswordNeedsRehash(hash, _workFactor);

    public void VerifyDecoy(string password) => _ = BCryptHasher.EnhancedVerify(password, _decoyHash.Value, PreHash);

    private static bool IsBcrypt(string hash) => hash.StartsWith("$2", StringComparison.Ordinal);
}
