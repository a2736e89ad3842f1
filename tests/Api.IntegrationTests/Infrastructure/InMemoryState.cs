using FluxStore.Management.Api.RateLimiting;
using FluxStore.Management.Infrastructure.Authentication;
using FluxStore.Management.Infrastructure.Caching;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Every in-memory store of an API instance that outlives a request, emptied between tests so no test inherits a
/// counter, a cached answer or a throttled address from the one before. A new one belongs here.
/// </summary>
internal static class InMemoryState
{
    public static void Reset(IServiceProvider services)
    {
        services.GetRequiredService<InMemoryRateLimitStore>().Clear();
        services.GetRequiredService<BadKeyGate>().Clear();
        services.GetRequiredService<ApiKeyDirectory>().Clear();
        services.GetRequiredService<ServerKeyDirectory>().Clear();
        services.GetRequiredService<FluxStore.Management.Infrastructure.Authentication.CredentialCache>().Clear();
        services.GetRequiredService<StoreReadCache>().Clear();
        services.GetRequiredService<ApiKeyUsageRecorder>().Clear();
    }
}
