using Microsoft.AspNetCore.Mvc.Controllers;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// <c>{Controller}_{Action}</c> (<c>Packages_List</c>, <c>ApiKeys_Regenerate</c>): stable names the TypeScript client
/// is generated from (<c>PackagesClient.list()</c>).
/// </summary>
public sealed class OperationIdProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        if (context is AspNetCoreOperationProcessorContext { ApiDescription.ActionDescriptor: ControllerActionDescriptor action })
        {
            context.OperationDescription.Operation.OperationId = For(action);
        }

        return true;
    }

    public static string For(ControllerActionDescriptor action) => $"{action.ControllerName}_{action.ActionName}";
}
