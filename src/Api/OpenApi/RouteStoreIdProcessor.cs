using NJsonSchema;
using NSwag;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// The Store API's actions served on the dashboard (<c>/api/stores/{storeId:guid}/...</c>) do not take the store id
/// (it reaches the handlers through the caller context), so the document would describe it as a plain string placed
/// after the action's own parameters. It is described like every other dashboard route's store id instead: a guid,
/// the first parameter (<c>StorePackagesClient.get(storeId, id)</c>, as <c>WebhooksClient.get(storeId, id)</c>).
/// </summary>
public sealed class RouteStoreIdProcessor : IOperationProcessor
{
    private const string StoreId = "storeId";

    public bool Process(OperationProcessorContext context)
    {
        var parameters = context.OperationDescription.Operation.Parameters;
        if (parameters.FirstOrDefault(p => p.Kind == OpenApiParameterKind.Path && p.Name == StoreId) is not { Schema.Format: null } storeId)
        {
            return true;
        }

        storeId.Schema = new JsonSchema { Type = JsonObjectType.String, Format = JsonFormatStrings.Guid };
        parameters.Remove(storeId);
        parameters.Insert(0, storeId);
        var position = 1;
        foreach (var parameter in parameters.Where(p => p.Position is not null))
        {
            parameter.Position = position++;
        }

        return true;
    }
}
