using Microsoft.AspNetCore.Authorization;
using NSwag;
using NSwag.Generation.AspNetCore;
using NSwag.Generation.Processors;
using NSwag.Generation.Processors.Contexts;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// Attaches the security scheme the API really uses for the operation's path (the same rule as the authentication
/// selector: <see cref="ApiSurfaces.AuthenticationScheme"/>); <c>[AllowAnonymous]</c> operations get none.
/// </summary>
public sealed class SecurityRequirementProcessor : IOperationProcessor
{
    public bool Process(OperationProcessorContext context)
    {
        var operation = context.OperationDescription.Operation;
        var anonymous = context is AspNetCoreOperationProcessorContext aspNetCore
            && aspNetCore.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<IAllowAnonymous>().Any();
        operation.Security = anonymous
            ? null
            : [new OpenApiSecurityRequirement { [ApiSurfaces.Of(context.OperationDescription.Path).AuthenticationScheme()] = [] }];
        return true;
    }
}
