using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Request bodies: the API reads only <c>application/json</c>, every body it declares is required, and the
/// client's parameter is called <c>body</c> whatever the action's parameter is named.
/// </summary>
public sealed class RequestBodyProcessor : IOperationProcessor
{
    private const string Json = "application/json";

    public bool Process(OperationProcessorContext context)
    {
        if (context.OperationDescription.Operation.RequestBody is { } body && body.Content.ContainsKey(Json))
        {
            foreach (var other in body.Content.Keys.Where(k => k != Json).ToList())
            {
                body.Content.Remove(other);
            }

            body.IsRequired = true;
            body.Name = "body";
        }

        return true;
    }
}
