using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Webhooks;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>
/// Delivers the webhook outbox. Each poll leases due rows with one conditional UPDATE (rows whose lease is absent or
/// expired get this poll's token), so two API instances never send the same attempt; a crashed instance's rows come
/// back when their lease expires. Each attempt is recorded, and the result is saved only if the lease is still ours.
/// </summary>
public sealed partial class WebhookDispatcher(
    IServiceScopeFactory scopes,
    IHttpClientFactory httpClients,
    IWebhookSecretProtector secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock,
    ILogger<WebhookDispatcher> logger) : BackgroundService
{
    private WebhookOptions Options => options.Value;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!Options.DispatcherEnabled)
        {
            return;
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var delivered = 0;
            try
            {
                delivered = await DispatchDueAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception exception)
            {
                LogPollFailed(logger, exception.GetType().Name);
            }

            if (delivered < Options.BatchSize)
            {
                try
                {
                    await Task.Delay(Options.PollInterval, clock, stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Leases and delivers one batch; returns how many were leased.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var now = clock.GetUtcNow().UtcDateTime;
        var token = Guid.NewGuid();

        var due = await db.WebhookDeliveries.AsNoTracking()
            .Where(d => d.Status == WebhookDeliveryStatus.Pending && d.NextAttemptAt <= now && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .OrderBy(d => d.NextAttemptAt).ThenBy(d => d.Id)
            .Select(d => d.Id)
            .Take(Options.BatchSize)
            .ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return 0;
        }

        var leaseUntil = now + Options.LeaseDuration;
        await db.WebhookDeliveries
            .Where(d => due.Contains(d.Id) && d.Status == WebhookDeliveryStatus.Pending && (d.LeaseExpiresAt == null || d.LeaseExpiresAt < now))
            .ExecuteUpdateAsync(s => s.SetProperty(d => d.LeaseToken, token).SetProperty(d => d.LeaseExpiresAt, leaseUntil), cancellationToken);

        var leased = await db.WebhookDeliveries.Where(d => d.LeaseToken == token).ToListAsync(cancellationToken);
        if (leased.Count == 0)
        {
            return 0;
        }

        var endpointIds = leased.Select(d => d.EndpointId).Distinct().ToList();
        var endpoints = await db.WebhookEndpoints.AsNoTracking().Where(e => endpointIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);

        var results = await Task.WhenAll(leased.Select(delivery =>
            SendAsync(delivery, endpoints.GetValueOrDefault(delivery.EndpointId), cancellationToken)));
        for (var i = 0; i < leased.Count; i++)
        {
            Record(db, leased[i], results[i]);
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // A lease ran out and another instance took a row over: its result is the one that counts.
            LogLeaseLost(logger);
        }

        return leased.Count;
    }

    private void Record(ApplicationDbContext db, WebhookDelivery delivery, AttemptResult result)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        DateTime? retryAt = null;
        if (!result.Final)
        {
            var next = now + Options.RetryDelay(delivery.AttemptCount + 1);
            if (next <= delivery.CreatedAt + Options.MaxDeliveryAge)
            {
                retryAt = next;
            }
        }

        db.WebhookDeliveryAttempts.Add(delivery.RecordAttempt(result.StatusCode, result.DurationMs, result.Error, now, retryAt));
    }

    private async Task<AttemptResult> SendAsync(WebhookDelivery delivery, WebhookEndpoint? endpoint, CancellationToken cancellationToken)
    {
        if (endpoint is null || !endpoint.IsActive && delivery.EventType != WebhookEventTypes.Test)
        {
            return new AttemptResult(null, 0, "The endpoint is disabled.", Final: true);
        }

        if (!Uri.TryCreate(endpoint.Url, UriKind.Absolute, out var uri)
            || !(uri.Scheme == Uri.UriSchemeHttps || (Options.AllowPrivateTargets && uri.Scheme == Uri.UriSchemeHttp)))
        {
            return new AttemptResult(null, 0, "Refused: the endpoint URL must use https.", Final: true);
        }

        string secret;
        try
        {
            secret = secrets.Unprotect(endpoint.ProtectedSecret);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return new AttemptResult(null, 0, "The signing secret cannot be read (Data Protection key ring missing); roll the secret.", Final: true);
        }

        var timestamp = clock.GetUtcNow().ToUnixTimeSeconds();
        using var request = new HttpRequestMessage(HttpMethod.Post, uri)
        {
            Content = new StringContent(delivery.Payload, Encoding.UTF8),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation(WebhookSignature.Header, WebhookSignature.Create(secret, timestamp, delivery.Payload));
        request.Headers.TryAddWithoutValidation(WebhookSignature.EventIdHeader, delivery.EventId.ToString());
        request.Headers.UserAgent.ParseAdd("FluxStore-Webhooks/1.0");

        var client = httpClients.CreateClient(WebhookHttpClient.Name);
        var stopwatch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            var ok = status is >= 200 and < 300;
            return new AttemptResult(status, stopwatch.ElapsedMilliseconds, ok ? null : $"The receiver answered {status}.", Final: false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new AttemptResult(null, stopwatch.ElapsedMilliseconds, $"No answer within {Options.RequestTimeout.TotalSeconds:0.#} s.", Final: false);
        }
        catch (HttpRequestException exception)
        {
            var refused = Find<WebhookTargetRefusedException>(exception);
            return new AttemptResult(null, stopwatch.ElapsedMilliseconds, refused?.Message ?? Describe(exception), Final: false);
        }
    }

    /// <summary>A network error in words that name no secret (the exception message can carry the URL; we say what kind).</summary>
    private static string Describe(HttpRequestException exception) => exception.HttpRequestError switch
    {
        HttpRequestError.NameResolutionError => "The host name did not resolve.",
        HttpRequestError.ConnectionError => "The connection to the receiver failed.",
        HttpRequestError.SecureConnectionError => "The TLS handshake with the receiver failed.",
        HttpRequestError.InvalidResponse => "The receiver sent an invalid HTTP response.",
        HttpRequestError.ResponseEnded => "The receiver closed the connection before answering.",
        _ => "The request to the receiver failed.",
    };

    private static T? Find<T>(Exception? exception)
        where T : Exception
    {
        for (; exception is not null; exception = exception.InnerException)
        {
            if (exception is T match)
            {
                return match;
            }
        }

        return null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Webhook dispatch poll failed ({ExceptionType}); retrying at the next poll.")]
    private static partial void LogPollFailed(ILogger logger, string exceptionType);

    [LoggerMessage(Level = LogLevel.Information, Message = "A webhook delivery's lease expired before its result was saved; another dispatcher owns it.")]
    private static partial void LogLeaseLost(ILogger logger);

    private sealed record AttemptResult(int? StatusCode, long DurationMs, string? Error, bool Final);
}
