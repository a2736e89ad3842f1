namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>A freshly generated secret: the value shown once, and what is stored.</summary>
public sealed record GeneratedSecret(string Secret, byte[] Hash, string Hint);

/// <summary>Generates and hashes high-entropy secrets (API keys, server keys, gift card codes).</summary>
public interface ISecretHasher
{
    /// <summary>A secret of <paramref name="length"/> characters of [A-Za-z0-9] from a cryptographic RNG.</summary>
    GeneratedSecret Generate(int length);

    byte[] Hash(string secret);

    bool Matches(string secret, byte[] expectedHash);
}

public interface IPasswordService
{
    string Hash(string password);

    bool Verify(string hash, string password);
}

public sealed record AccessToken(string Token, DateTime ExpiresAt);

public interface ITokenService
{
    AccessToken Issue(Guid userId, string email, bool isPlatformAdmin);
}

/// <summary>
/// Reversible encryption of gift card codes with a key kept outside the database (ASP.NET Core Data
/// Protection), so the owner can read a code back while a database dump alone reveals nothing.
/// </summary>
public interface IGiftCardCodeProtector
{
    string Protect(string code);

    /// <summary>Throws when the payload was not produced by this application's key ring.</summary>
    string Unprotect(string protectedCode);
}
