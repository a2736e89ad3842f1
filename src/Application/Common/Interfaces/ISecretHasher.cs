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
