using System.Text.Json;
using NJsonSchema;
using NJsonSchema.Generation;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// <c>data</c> of the wrapper is <c>null</c> in every error response, whatever the payload type, so each
/// <c>ApiResponseOf…</c> schema declares it nullable (the client types it <c>PackageDto | null</c>). NSwag cannot see
/// that from <c>T? Data</c> on an open generic type.
/// </summary>
public sealed class WrapperDataNullableProcessor : ISchemaProcessor
{
    private static readonly string DataProperty = JsonNamingPolicy.CamelCase.ConvertName(nameof(ApiResponse<object>.Data));

    public void Process(SchemaProcessorContext context)
    {
        var type = context.ContextualType.Type;
        if (!type.IsGenericType || type.GetGenericTypeDefinition() != typeof(ApiResponse<>)
            || !context.Schema.Properties.TryGetValue(DataProperty, out var data))
        {
            return;
        }

        if (data.Reference is { } target)
        {
            // A $ref cannot carry "nullable" beside it in OpenAPI 3.0: wrap it, as NSwag does for nullable references.
            data.Reference = null;
            data.OneOf.Add(new JsonSchema { Reference = target });
        }
        else if (data.Type == JsonObjectType.None && data.OneOf.Count == 0)
        {
            return; // ApiResponse<object>: "any" already includes null
        }

        data.IsNullableRaw = true;
    }
}
