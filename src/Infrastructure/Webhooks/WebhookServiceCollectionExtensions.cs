using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Infrastructure.Webhooks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class WebhookServiceCollectionExtensions
{
    /// <summary>The outbox, the secret protector, the SSRF-safe HTTP client and the background dispatcher.</summary>
    public static IHostApplicationBuilder AddWebhooks(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<WebhookOptions>(builder.Configuration, WebhookOptions.Section);

        services.AddScoped<IWebhookOutbox, WebhookOutbox>();
        services.AddSingleton<IWebhookSecretProtector, WebhookSecretProtector>();
        services.AddSingleton<IWebhookTargetRules, WebhookTargetRules>();
        services.AddSingleton<IWebhookManualSendLimit, WebhookManualSendLimit>();
        services.AddHttpClient(WebhookHttpClient.Name)
            .ConfigurePrimaryHttpMessageHandler(provider => WebhookHttpClient.CreateHandler(provider.GetRequiredService<IOptions<WebhookOptions>>().Value))
            .ConfigureHttpClient((provider, client) =>
                client.Timeout = provider.GetRequiredService<IOptions<WebhookOptions>>().Value.RequestTimeout);
        services.AddSingleton<WebhookDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<WebhookDispatcher>());
        return builder;
    }
}
