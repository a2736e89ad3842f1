using NJsonSchema;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>Visits a schema and every schema nested in it (properties, items, compositions), once each.</summary>
internal static class SchemaGraph
{
    public static void Walk(JsonSchema? schema, Action<JsonSchema> visit, HashSet<JsonSchema> seen, bool followReferences)
    {
        if (schema is null || !seen.Add(schema))
        {
            return;
        }

        visit(schema);
        if (followReferences && schema.Reference is { } target)
        {
            Walk(target, visit, seen, followReferences);
        }

        foreach (var property in schema.Properties.Values)
        {
            Walk(property, visit, seen, followReferences);
        }

        Walk(schema.Item, visit, seen, followReferences);
        Walk(schema.AdditionalPropertiesSchema, visit, seen, followReferences);
        foreach (var part in schema.AllOf.Concat(schema.OneOf).Concat(schema.AnyOf).Concat(schema.Items))
        {
            Walk(part, visit, seen, followReferences);
        }
    }
}
