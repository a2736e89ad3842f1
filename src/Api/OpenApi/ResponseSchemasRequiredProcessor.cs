using NJsonSchema;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// The API writes every property of a response object, <c>null</c> included (no conditional <c>JsonIgnore</c>), so
/// component schemas reached only from responses list all their properties as <c>required</c>: the generated
/// client then types <c>package.name</c> as <c>string</c>, not <c>string | undefined</c>. Schemas also reached from a
/// request body or parameter keep no <c>required</c> list, since a caller may leave their properties out (an absent
/// PATCH field means "unchanged").
/// </summary>
public sealed class ResponseSchemasRequiredProcessor : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        var inputs = new HashSet<JsonSchema>();
        foreach (var operation in context.Document.Operations.Select(o => o.Operation))
        {
            foreach (var media in operation.RequestBody?.Content.Values ?? [])
            {
                SchemaGraph.Walk(media.Schema, _ => { }, inputs, followReferences: true);
            }

            foreach (var parameter in operation.Parameters)
            {
                SchemaGraph.Walk(parameter.Schema, _ => { }, inputs, followReferences: true);
            }
        }

        foreach (var schema in context.Document.Components.Schemas.Values)
        {
            schema.RequiredProperties.Clear();
            if (!inputs.Contains(schema))
            {
                foreach (var name in schema.Properties.Keys.Order(StringComparer.Ordinal))
                {
                    schema.RequiredProperties.Add(name);
                }
            }
        }
    }
}
