using System.Reflection;
using Namotion.Reflection;
using NJsonSchema;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// A paginated Store API list answers one of two payloads, chosen by the query string: skip/take
/// (<c>ApiResponseOfPagedResultOfX</c>) or cursors (<c>ApiResponseOfCursorPageOfX</c>). The action declares both with
/// <c>[ProducesResponseType(…, 200)]</c>; ASP.NET's API explorer keeps only one per status code, so this writes the 200
/// response as <c>oneOf</c> the two wrapper schemas, each a component of its own. (NSwag's TypeScript generator types
/// such a response with the first member, the skip/take payload; the README says how to read a cursor page.)
/// </summary>
public sealed class ListResponsesProcessor : IOperationProcessor
{
    private const string Ok = "200";

    private static readonly HashSet<string> CursorParameters = new(StringComparer.OrdinalIgnoreCase) { "limit", "after", "before" };

    public bool Process(OperationProcessorContext context)
    {
        var types = context.MethodInfo.GetCustomAttributes<ProducesResponseTypeAttribute>()
            .Where(a => a.StatusCode == StatusCodes.Status200OK && a.Type != typeof(void))
            .Select(a => a.Type)
            .Distinct()
            .ToList();
        if (types.Count < 2 || !context.OperationDescription.Operation.Responses.TryGetValue(Ok, out var response))
        {
            return true;
        }

        var oneOf = new JsonSchema();
        foreach (var type in types)
        {
            oneOf.OneOf.Add(context.SchemaGenerator.GenerateWithReference<JsonSchema>(type.ToContextualType(), context.SchemaResolver));
        }

        foreach (var media in response.Content.Values)
        {
            media.Schema = oneOf;
        }

        // Cursor parameters last (list order and NSwag's x-position, which the client generator sorts by), so the
        // generated client's positional skip/take stay where they were.
        var parameters = context.OperationDescription.Operation.Parameters;
        var reordered = parameters.Where(p => !CursorParameters.Contains(p.Name))
            .Concat(parameters.Where(p => CursorParameters.Contains(p.Name)))
            .ToList();
        var positions = parameters.Select(p => p.Position).OfType<int>().Order().ToList();
        parameters.Clear();
        foreach (var (parameter, index) in reordered.Select((p, i) => (p, i)))
        {
            if (positions.Count == reordered.Count)
            {
                parameter.Position = positions[index];
            }

            parameters.Add(parameter);
        }

        return true;
    }
}
