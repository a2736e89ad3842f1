using FluxStore.Management.Infrastructure.Configuration;
using FluxStore.Management.Infrastructure.Idempotency;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class IdempotencyServiceCollectionExtensions
{
    /// <summary><c>FluxStore:Idempotency:*</c>, the key store and its pruner.</summary>
    public static IHostApplicationBuilder AddIdempotency(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<IdempotencyOptions>(builder.Configuration, IdempotencyOptions.Section);
        services.AddSingleton<IdempotencyStore>();
        services.AddSingleton<IdempotencyPruner>();
        services.AddHostedService(provider => provider.GetRequiredService<IdempotencyPruner>());
        return builder;
    }
}
