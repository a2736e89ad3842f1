using Microsoft.Extensions.Primitives;

namespace FluxStore.Management.Api.Idempotency;

/// <summary>
/// The <c>Idempotency-Key</c> request header (IETF draft-ietf-httpapi-idempotency-key-header): where it applies and
/// what a valid key is.
/// </summary>
public static class IdempotencyKeyHeader
{
    public const string Name = "Idempotency-Key";

    /// <summary>On a replayed response: <c>true</c>.</summary>
    public const string ReplayedHeader = "Idempotent-Replayed";

    public const int MaxLength = 255;

    public const string Rule = "'Idempotency-Key' must be one value of 1 to 255 printable ASCII characters.";

    /// <summary>
    /// No header, or one empty value: no key. Generated clients (NSwag's TypeScript client among them) send an unset
    /// optional header as an empty value, and such a request must behave as one without the header.
    /// </summary>
    public static bool IsAbsent(StringValues values) =>
        values.Count == 0 || (values.Count == 1 && string.IsNullOrWhiteSpace(values[0]));

    /// <summary>
    /// One header value: a bare token, or the draft's structured-field string (<c>"…"</c> with <c>\"</c> and
    /// <c>\\</c> escapes). Either way 1–255 characters from space to tilde.
    /// </summary>
    public static bool TryParse(StringValues values, out string key)
    {
        key = string.Empty;
        if (values.Count != 1 || values[0] is not { } raw)
        {
            return false;
        }

        raw = raw.Trim(' ', '\t');
        if (raw.Length >= 2 && raw[0] == '"' && raw[^1] == '"')
        {
            if (!TryUnquote(raw[1..^1], out raw))
            {
                return false;
            }
        }

        if (raw.Length is 0 or > MaxLength || raw.Any(c => c is < ' ' or > '~'))
        {
            return false;
        }

        key = raw;
        return true;
    }

    private static bool TryUnquote(string quoted, out string value)
    {
        var builder = new System.Text.StringBuilder(quoted.Length);
        for (var i = 0; i < quoted.Length; i++)
        {
            var c = quoted[i];
            if (c == '"')
            {
                value = string.Empty;
                return false; // an unescaped quote inside
            }

            if (c == '\\')
            {
                if (++i == quoted.Length || quoted[i] is not ('"' or '\\'))
                {
                    value = string.Empty;
                    return false;
                }

                c = quoted[i];
            }

            builder.Append(c);
        }

        value = builder.ToString();
        return true;
    }
}
