using NJsonSchema;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Component schema names are the ids from <see cref="SchemaIds"/>, unchanged. Two types with the same id fail the
/// export instead of NSwag numbering one of them (<c>PackageDto2</c>), so a clash cannot rename a client type silently.
/// </summary>
public sealed class UniqueSchemaNames : ITypeNameGenerator
{
    public string Generate(JsonSchema schema, string? typeNameHint, IEnumerable<string> reservedTypeNames)
    {
        if (string.IsNullOrEmpty(typeNameHint))
        {
            throw new InvalidOperationException("OpenAPI: a component schema has no name.");
        }

        if (reservedTypeNames.Contains(typeNameHint, StringComparer.Ordinal))
        {
            throw new InvalidOperationException(
                $"OpenAPI: two types map to the schema name '{typeNameHint}'; rename one (see SchemaIds).");
        }

        return typeNameHint;
    }
}
