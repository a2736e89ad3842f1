using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Fails document generation when the TypeScript client could not be generated from it unambiguously: every
/// operation needs an operationId, and ids must be unique (two controllers with the same name on different
/// surfaces would otherwise merge into one client class). Also keeps tag order stable.
/// </summary>
public sealed class DocumentConsistencyFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument swaggerDoc, DocumentFilterContext context)
    {
        var operations = (swaggerDoc.Paths ?? [])
            .SelectMany(path => (path.Value.Operations ?? []).Select(op => (Where: $"{op.Key.Method} {path.Key}", Operation: op.Value)))
            .ToList();

        var missing = operations.Where(o => string.IsNullOrEmpty(o.Operation.OperationId)).Select(o => o.Where).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                "OpenAPI: these operations have no operationId (only controller actions get one): " + string.Join(", ", missing));
        }

        var duplicates = operations
            .GroupBy(o => o.Operation.OperationId!, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(o => o.Where))})")
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException(
                "OpenAPI: duplicate operationIds ({Controller}_{Action}); rename a controller or action: " + string.Join("; ", duplicates));
        }

        // The client has one class per controller name ({Controller}Client): two controller classes with the same
        // name (say a Store API and a dashboard GiftCardsController) would be merged into one class.
        var clashes = context.ApiDescriptions
            .Select(d => d.ActionDescriptor)
            .OfType<ControllerActionDescriptor>()
            .GroupBy(a => a.ControllerName, StringComparer.OrdinalIgnoreCase)
            .Select(g => g.Select(a => a.ControllerTypeInfo.FullName).Distinct().ToList())
            .Where(types => types.Count > 1)
            .Select(types => string.Join(" and ", types))
            .ToList();
        if (clashes.Count > 0)
        {
            throw new InvalidOperationException(
                "OpenAPI: controllers share a name, so their operations would merge into one client class; rename one: "
                + string.Join("; ", clashes));
        }

        if (swaggerDoc.Tags is { Count: > 0 } tags)
        {
            swaggerDoc.Tags = new SortedSet<OpenApiTag>(tags, Comparer<OpenApiTag>.Create((a, b) => string.CompareOrdinal(a.Name, b.Name)));
        }
    }
}
