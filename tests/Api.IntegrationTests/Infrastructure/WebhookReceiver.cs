using System.Collections.Concurrent;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>A receiver a test starts: Kestrel on a free loopback port, recording every request it gets.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _answers = new();

    private WebhookReceiver(WebApplication app, int port)
    {
        _app = app;
        Port = port;
    }

    public int Port { get; }

    public string Url => $"http://127.0.0.1:{Port}/hook";

    public ConcurrentQueue<ReceivedWebhook> Received { get; } = new();

    /// <summary>Status codes to answer with, in order; 200 once they run out.</summary>
    public void AnswerWith(params int[] statuses)
    {
        foreach (var status in statuses)
        {
            _answers.Enqueue(status);
        }
    }

    public static async Task<WebhookReceiver> StartAsync()
    {
        var port = FreePort();
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls($"http://127.0.0.1:{port}");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app, port);
        app.MapPost("/hook", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            receiver.Received.Enqueue(new ReceivedWebhook(
                body,
                context.Request.Headers["FluxStore-Signature"].ToString(),
                context.Request.Headers["FluxStore-Event-Id"].ToString(),
                context.Request.ContentType ?? string.Empty,
                DateTimeOffset.UtcNow));
            context.Response.StatusCode = receiver._answers.TryDequeue(out var status) ? status : 200;
        });
        await app.StartAsync();
        return receiver;
    }

    /// <summary>Waits until at least <paramref name="count"/> requests arrived (or the timeout passes) and returns them.</summary>
    public Task<List<ReceivedWebhook>> WaitForAsync(int count, TimeSpan timeout, Func<ReceivedWebhook, bool>? filter = null) =>
        Eventually.Until(
            () => Task.FromResult(Received.Where(r => filter?.Invoke(r) ?? true).ToList()), matching => matching.Count >= count, timeout, TimeSpan.FromMilliseconds(50));

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed record ReceivedWebhook(string Body, string Signature, string EventId, string ContentType, DateTimeOffset ReceivedAt)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    public string Type => Json.GetProperty("type").GetString()!;

    /// <summary>What a receiver does: recompute HMAC-SHA256(secret, "t.body") and compare in constant time, within 5 minutes.</summary>
    public bool SignatureVerifies(string secret)
    {
        var parts = Signature.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var timestamp = long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture);
        if (Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - timestamp) > 300)
        {
            return false;
        }

        var expected = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes($"{parts["t"]}.{Body}"));
        return CryptographicOperations.FixedTimeEquals(expected, Convert.FromHexString(parts["v1"]));
    }
}
