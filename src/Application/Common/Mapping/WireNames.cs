namespace FluxStore.Management.Application.Common.Mapping;

/// <summary>Enum values on the wire where the spec uses lower-case words ("purchase", "month").</summary>
public static class WireNames
{
    public static string Of<TEnum>(TEnum value) where TEnum : struct, Enum =>
        value.ToString().ToLowerInvariant();

    public static string? Of<TEnum>(TEnum? value) where TEnum : struct, Enum =>
        value is { } v ? Of(v) : null;

    public static bool TryParse<TEnum>(string? text, out TEnum value) where TEnum : struct, Enum
    {
        foreach (var candidate in Enum.GetValues<TEnum>())
        {
            if (string.Equals(Of(candidate), text, StringComparison.Ordinal))
            {
                value = candidate;
                return true;
            }
        }

        value = default;
        return false;
    }

    public static string Choices<TEnum>() where TEnum : struct, Enum =>
        string.Join(", ", Enum.GetValues<TEnum>().Select(v => $"\"{Of(v)}\""));
}
