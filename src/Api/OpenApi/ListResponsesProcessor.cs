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
/// response as <c>oneOf</c> the two wrapper schemas, each a component of its own.
/// </summary>
public sealed class ListResponsesProcessor : IOperationProcessor
{
    private const string Ok = "200";

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

        return true;
    }
}
