using System.Text.RegularExpressions;

namespace FluxStore.Management.Domain.Players;

/// <summary>
/// How a player is named everywhere (orders, customers, subscriptions, bans): one username rule, one UUID rule,
/// one normal form for comparing names. See docs/decisions/0002-player-identity.md.
/// </summary>
public static partial class PlayerIdentity
{
    public const int UsernameMaxLength = 32;

    /// <summary>Length of the canonical lower-case dashed UUID.</summary>
    public const int UuidLength = 36;

    /// <summary>Minecraft-style player names: 1–32 letters, digits, underscores, dots or dashes.</summary>
    public const string UsernameRuleText = "1 to 32 letters, digits, underscores, dots or dashes";

    /// <summary>Minecraft-style player names: 1–32 letters, digits, underscores, dots or dashes.</summary>
    public static bool IsValidUsername(string? username) =>
        username is { Length: >= 1 and <= UsernameMaxLength } && UsernamePattern().IsMatch(username);

    /// <summary>Upper-case invariant form for comparing names ignoring case.</summary>
    public static string NormalizeUsername(string username) => username.Trim().ToUpperInvariant();

    /// <summary>
    /// A UUID with or without dashes (any case, surrounding spaces ignored) gives its lower-case dashed form.
    /// Null or blank is not a UUID (false); callers whose UUID is optional check for null first.
    /// </summary>
    public static bool TryNormalizeUuid(string? text, out string? canonical)
    {
        canonical = null;
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed)
            || !((trimmed.Length == 32 && Guid.TryParseExact(trimmed, "N", out var guid))
                || (trimmed.Length == UuidLength && Guid.TryParseExact(trimmed, "D", out guid))))
        {
            return false;
        }

        canonical = guid.ToString("D");
        return true;
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]{1,32}$", RegexOptions.CultureInvariant)]
    private static partial Regex UsernamePattern();
}
