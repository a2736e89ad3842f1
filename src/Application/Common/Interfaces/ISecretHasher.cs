namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>A freshly generated secret: the value shown once, and what is stored.</summary>
public sealed record GeneratedSecret(string Secret, byte[] Hash, string Hint);

/// <summary>Generates and hashes high-entropy secrets (API keys, server keys, gift card codes).</summary>
public interface ISecretHasher
{
    /// <summary>A secret of <paramref name="length"/> characters of [A-Za-z0-9] from a cryptographic RNG.</summary>
    GeneratedSecret Generate(int length);

    /// <summary>The stored form (SHA-256) a presented secret is looked up by.</summary>
    byte[] Hash(string secret);
}
