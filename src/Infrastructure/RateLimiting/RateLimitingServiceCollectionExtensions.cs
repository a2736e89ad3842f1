using FluxStore.Management.Infrastructure.Configuration;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class RateLimitingServiceCollectionExtensions
{
    /// <summary><c>FluxStore:RateLimit:*</c>, <c>FluxStore:AuthThrottle:*</c>, <c>FluxStore:ForwardedHeaders:*</c> and the counter store the rate limits share.</summary>
    public static IHostApplicationBuilder AddRateLimiting(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<RateLimitOptions>(builder.Configuration, RateLimitOptions.Section);
        services.AddValidatedOptions<AuthThrottleOptions>(builder.Configuration, AuthThrottleOptions.Section);
        services.AddValidatedOptions<ForwardedHeadersSettings>(builder.Configuration, ForwardedHeadersSettings.Section);
        services.AddSingleton<InMemoryRateLimitStore>();
        services.AddSingleton<DatabaseRateLimitStore>();
        services.AddSingleton<IRateLimitStore>(provider =>
            provider.GetRequiredService<IOptions<RateLimitOptions>>().Value.Store == RateLimitStoreKind.Database
                ? provider.GetRequiredService<DatabaseRateLimitStore>()
                : provider.GetRequiredService<InMemoryRateLimitStore>());
        services.AddSingleton<FluxStore.Management.Application.Common.Interfaces.ISignInThrottle, SignInThrottle>();
        services.AddHostedService<RateLimitCounterPruner>();
        return builder;
    }
}
