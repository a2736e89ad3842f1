using System.Reflection;
using Namotion.Reflection;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// The document reads as documentation: each operation's <c>summary</c> and <c>description</c> come from its action's
/// XML comment (<c>&lt;summary&gt;</c>, <c>&lt;remarks&gt;</c>: what it does, its permission, its notable errors; the
/// Api project writes its XML doc file), and each tag (one per controller) is defined with the controller's comment,
/// after that of the shared <c>{Area}Endpoints</c> class it derives from. An action without both is a build error, so a
/// new endpoint cannot ship undocumented.
/// </summary>
public sealed class XmlDocsProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        var operation = context.OperationDescription.Operation;
        var method = context.MethodInfo;
        var summary = Clean(method.GetXmlDocsSummary());
        var remarks = Clean(method.GetXmlDocsRemarks());
        if (summary.Length == 0 || remarks.Length == 0)
        {
            throw new InvalidOperationException(
                $"OpenAPI: {method.DeclaringType?.Name}.{method.Name} needs an XML <summary> (what it does) and <remarks> (its permission and notable errors).");
        }

        operation.Summary = summary;
        operation.Description = remarks;

        foreach (var tag in operation.Tags)
        {
            if (context.Document.Tags.All(t => t.Name != tag))
            {
                context.Document.Tags.Add(new OpenApiTag { Name = tag, Description = TagDescription(context.ControllerType) });
            }
        }

        return true;
    }

    private static string TagDescription(Type controller)
    {
        var own = Clean(controller.GetXmlDocsSummary());
        var shared = controller.BaseType is { IsAbstract: true } area && area.Name.EndsWith("Endpoints", StringComparison.Ordinal)
            ? Clean(area.GetXmlDocsSummary())
            : string.Empty;
        var text = string.Join(' ', new[] { shared, own }.Where(t => t.Length > 0));
        return text.Length > 0
            ? text
            : throw new InvalidOperationException($"OpenAPI: {controller.Name} needs an XML <summary> (its tag's description).");
    }

    /// <summary>One paragraph per blank line; inner line breaks and indentation of the comment collapsed.</summary>
    private static string Clean(string? text) =>
        string.Join("\n\n", (text ?? string.Empty).Replace("\r", string.Empty)
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries)
            .Select(p => string.Join(' ', p.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)))
            .Where(p => p.Length > 0));
}
