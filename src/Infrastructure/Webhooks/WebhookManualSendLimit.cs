using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>
/// <see cref="IWebhookManualSendLimit"/> on the rate-limit store: a fixed one-minute window per store, so with
/// <c>FluxStore:RateLimit:Store=Database</c> the limit holds across every instance together.
/// </summary>
public sealed class WebhookManualSendLimit(IRateLimitStore store, IOptions<WebhookOptions> options, TimeProvider clock) : IWebhookManualSendLimit
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    public async Task TakeAsync(Guid storeId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var window = FixedWindow.At(now, Window);
        var limit = options.Value.ManualSendsPerMinute;
        var count = await store.IncrementAsync("webhook-manual:" + storeId.ToString("N"), window.Start, window.Length, cancellationToken);
        if (count > limit)
        {
            throw new TooManyRequestsException(
                $"Too many test and resend deliveries for this store: at most {limit} per minute.", window.RetryAfterSeconds(now));
        }
    }
}
