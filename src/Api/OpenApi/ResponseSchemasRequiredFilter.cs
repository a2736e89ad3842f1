using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// The API writes every property of a response object, <c>null</c> included (no conditional
/// <c>JsonIgnore</c>), so component schemas reached only from responses list all their properties as
/// <c>required</c>: the generated client then types <c>package.name</c> as <c>string</c>, not
/// <c>string | undefined</c>. Schemas also reached from a request body or parameter are left alone, since a
/// caller may omit their optional properties.
/// </summary>
public sealed class ResponseSchemasRequiredFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var schemas = swaggerDoc.Components?.Schemas;
        if (schemas is null || schemas.Count == 0)
        {
            return;
        }

        var inputs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in (swaggerDoc.Paths ?? []).SelectMany(p => (p.Value.Operations ?? []).Values))
        {
            foreach (var media in operation.RequestBody?.Content?.Values ?? [])
            {
                Collect(media.Schema, schemas, inputs);
            }

            foreach (var parameter in operation.Parameters ?? [])
            {
                Collect(parameter.Schema, schemas, inputs);
            }
        }

        foreach (var (id, schema) in schemas)
        {
            if (!inputs.Contains(id) && schema is OpenApiSchema { Properties.Count: > 0 } concrete)
            {
                concrete.Required = new SortedSet<string>(concrete.Properties.Keys, StringComparer.Ordinal);
            }
        }
    }

    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> seen)
    {
        if (schema is null)
        {
            return;
        }

        if (schema is OpenApiSchemaReference reference)
        {
            var id = reference.Reference.Id;
            if (id is not null && seen.Add(id) && schemas.TryGetValue(id, out var target))
            {
                Collect(target, schemas, seen);
            }

            return;
        }

        foreach (var property in schema.Properties?.Values ?? [])
        {
            Collect(property, schemas, seen);
        }

        Collect(schema.Items, schemas, seen);
        Collect(schema.AdditionalProperties, schemas, seen);
        foreach (var part in (schema.AllOf ?? []).Concat(schema.AnyOf ?? []).Concat(schema.OneOf ?? []))
        {
            Collect(part, schemas, seen);
        }
    }
}
