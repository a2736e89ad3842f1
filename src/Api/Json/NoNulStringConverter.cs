using System.Text.Json;
using System.Text.Json.Serialization;

namespace FluxStore.Management.Api.Json;

/// <summary>
/// Refuses strings holding a NUL character: PostgreSQL cannot store one in text, so it would otherwise surface
/// as a database error instead of a 400.
/// </summary>
public sealed class NoNulStringConverter : JsonConverter<string>
{
    public const string Message = "NUL characters are not allowed in text.";

    public override bool HandleNull => false;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            throw new JsonException("The JSON value could not be converted to System.String.");
        }

        var value = reader.GetString()!;
        return value.Contains('\0', StringComparison.Ordinal) ? throw new NulCharacterException() : value;
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value);

    /// <summary>Tells the error description which value was refused and why, without reading its message.</summary>
    public sealed class NulCharacterException() : JsonException(NoNulStringConverter.Message);
}
