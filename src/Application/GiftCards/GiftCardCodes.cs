using System.Security.Cryptography;
using System.Text;

namespace FluxStore.Management.Application.GiftCards;

/// <summary>
/// Codes are 20 characters of a 31-character alphabet without look-alikes (no 0/O, 1/I/L), about 99 bits
/// from a cryptographic RNG, shown as <c>XXXX-XXXX-XXXX-XXXX-XXXX</c>. Lookups hash the normalized form,
/// so case, spaces and dashes typed by a player do not matter.
/// </summary>
public static class GiftCardCodes
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 20;
    public const int GroupSize = 4;

    /// <summary>A new code in display form.</summary>
    public static string Generate() => Format(RandomNumberGenerator.GetString(Alphabet, Length));

    /// <summary>Upper case, separators removed: the form that is hashed.</summary>
    public static string Normalize(string code)
    {
        var builder = new StringBuilder(code.Length);
        foreach (var c in code)
        {
            if (c is not ('-' or ' '))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    /// <summary>Groups a normalized code in fours separated by dashes.</summary>
    public static string Format(string normalized)
    {
        var builder = new StringBuilder(normalized.Length + (normalized.Length / GroupSize));
        for (var i = 0; i < normalized.Length; i++)
        {
            if (i > 0 && i % GroupSize == 0)
            {
                builder.Append('-');
            }

            builder.Append(normalized[i]);
        }

        return builder.ToString();
    }

    /// <summary>The hash stored for lookups (SHA-256 of the normalized code).</summary>
    public static byte[] Hash(ISecretHasher hasher, string code) => hasher.Hash(Normalize(code));
}
