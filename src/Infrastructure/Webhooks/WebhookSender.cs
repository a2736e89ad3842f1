using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Webhooks;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>
/// Sends one webhook delivery: checks the endpoint and its URL, signs the body with the endpoint's secret, posts it and
/// describes the outcome in words that name no secret. The dispatcher decides what to lease and records the result.
/// </summary>
internal sealed class WebhookSender(
    IHttpClientFactory httpClients,
    IWebhookSecretProtector secrets,
    IOptions<WebhookOptions> options,
    TimeProvider clock)
{
    private WebhookOptions Options => options.Value;

    public async Task<AttemptResult> SendAsync(WebhookDelivery delivery, WebhookEndpoint? endpoint, CancellationToken cancellationToken)
    {
        if (endpoint is null || !endpoint.IsActive && delivery.EventType != WebhookEventTypes.Test)
        {
            return new AttemptResult(null, 0, "The endpoint is disabled.", Final: true, NotSent: true);
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

    /// <summary><paramref name="NotSent"/>: nothing reached the network because the endpoint is gone or off (not a receiver failure).</summary>
    public sealed record AttemptResult(int? StatusCode, long DurationMs, string? Error, bool Final, bool NotSent = false);
}
