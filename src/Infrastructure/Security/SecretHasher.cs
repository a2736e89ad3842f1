using System.Security.Cryptography;
using System.Text;
using FluxStore.Management.Application.Common.Interfaces;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary>
/// Secrets are 32+ characters of [A-Za-z0-9] (≥190 bits) from a CSPRNG, so a fast hash (SHA-256) is as
/// safe as a slow one and keeps authentication cheap. Only the hash is ever stored.
/// </summary>
public sealed class SecretHasher : ISecretHasher
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private const int HintLength = 4;

    /// <summary>Bytes in a stored hash (SHA-256), the column size of every hash column.</summary>
    public const int HashLength = SHA256.HashSizeInBytes;

    public GeneratedSecret Generate(int length)
    {
        var secret = RandomNumberGenerator.GetString(Alphabet, length);
        return new GeneratedSecret(secret, Hash(secret), secret[^HintLength..]);
    }

    public byte[] Hash(string secret) => SHA256.HashData(Encoding.UTF8.GetBytes(secret));
}
