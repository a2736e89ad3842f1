using Microsoft.AspNetCore.Mvc.Controllers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

/// <summary>The routes the API serves, as "METHOD template-after-prefix", for tests that hold a table of them.</summary>
internal static class ServedRoutes
{
    public static List<string> Under(IServiceProvider services, string prefix, Func<ControllerActionDescriptor, string, bool> include) =>
        services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ControllerActionDescriptor>() is { } action && include(action, e.RoutePattern.RawText!))
            .Select(e => $"{e.Metadata.GetMetadata<HttpMethodMetadata>()!.HttpMethods.Single()} {e.RoutePattern.RawText![prefix.Length..]}")
            .ToList();
}
