using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// The exported file must not depend on reflection order or on the NSwag version that wrote it: paths in ordinal
/// order, methods in a fixed order, responses by status, component schemas and tags by name, no generator stamp.
/// </summary>
public sealed class StableOrderProcessor : IDocumentProcessor
{
    private static readonly string[] MethodOrder = ["get", "post", "put", "patch", "delete"];

    public void Process(DocumentProcessorContext context)
    {
        var document = context.Document;
        document.Generator = null;

        var paths = document.Paths.OrderBy(p => p.Key, StringComparer.Ordinal).ToList();
        document.Paths.Clear();
        foreach (var (path, item) in paths)
        {
            var operations = item.OrderBy(o => Rank(o.Key)).ThenBy(o => o.Key, StringComparer.Ordinal).ToList();
            item.Clear();
            foreach (var (method, operation) in operations)
            {
                var responses = operation.Responses.OrderBy(r => r.Key, StringComparer.Ordinal).ToList();
                operation.Responses.Clear();
                foreach (var (status, response) in responses)
                {
                    operation.Responses.Add(status, response);
                }

                item.Add(method, operation);
            }

            document.Paths.Add(path, item);
        }

        var schemas = document.Components.Schemas.OrderBy(s => s.Key, StringComparer.Ordinal).ToList();
        document.Components.Schemas.Clear();
        foreach (var (name, schema) in schemas)
        {
            document.Components.Schemas.Add(name, schema);
        }

        var tags = document.Tags.OrderBy(t => t.Name, StringComparer.Ordinal).ToList();
        document.Tags.Clear();
        foreach (var tag in tags)
        {
            document.Tags.Add(tag);
        }
    }

    private static int Rank(string method)
    {
        var rank = Array.IndexOf(MethodOrder, method.ToLowerInvariant());
        return rank < 0 ? MethodOrder.Length : rank;
    }
}
