using Microsoft.AspNetCore.Mvc.ApiExplorer;
using Microsoft.AspNetCore.Mvc.Controllers;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Fails document generation when the TypeScript client could not be generated from it unambiguously: operation
/// ids must be unique (NSwag would silently number a duplicate, renaming a client method), and two controllers
/// with the same name on different surfaces would merge into one client class.
/// </summary>
public sealed class UniqueOperationIdsProcessor(IApiDescriptionGroupCollectionProvider apiDescriptions) : IDocumentProcessor
{
    public void Process(DocumentProcessorContext context)
    {
        var actions = apiDescriptions.ApiDescriptionGroups.Items
            .SelectMany(g => g.Items)
            .Select(d => d.ActionDescriptor)
            .OfType<ControllerActionDescriptor>()
            .Distinct()
            .ToList();

        var duplicates = actions
            .GroupBy(OperationIdProcessor.For, StringComparer.OrdinalIgnoreCase)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key} ({string.Join(", ", g.Select(a => a.DisplayName))})")
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new InvalidOperationException(
                "OpenAPI: duplicate operationIds ({Controller}_{Action}); rename a controller or action: " + string.Join("; ", duplicates));
        }

        var clashes = actions
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

        var expected = actions.Select(OperationIdProcessor.For).ToHashSet(StringComparer.Ordinal);
        var unexpected = context.Document.Operations
            .Where(o => o.Operation.OperationId is null || !expected.Contains(o.Operation.OperationId))
            .Select(o => $"{o.Method.ToUpperInvariant()} {o.Path} ({o.Operation.OperationId ?? "no id"})")
            .ToList();
        if (unexpected.Count > 0)
        {
            throw new InvalidOperationException(
                "OpenAPI: these operations are not named {Controller}_{Action} (only controller actions get a name): " + string.Join(", ", unexpected));
        }
    }
}
