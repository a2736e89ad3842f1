using FluxStore.Management.Api.Errors;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// Guards the endpoints anyone can call (<c>[AllowAnonymous]</c>): a body larger than
/// <c>FluxStore:AuthThrottle:MaxAnonymousBodyBytes</c> gets 413 before anything reads it, and the actions marked
/// <see cref="SignInThrottleAttribute"/> (login, registration) are counted per client address (429 +
/// <c>Retry-After</c> to the window's end once over the limit). What is counted is decided from the endpoint routing
/// selected, never from the raw path, so every spelling that reaches the action counts. Failed logins per account
/// are counted by the login handler itself (<see cref="ISignInThrottle"/>), on the email model binding produced.
/// The counters live in the rate-limit store, so the database store shares them across instances.
/// </summary>
public sealed class AnonymousEndpointGuardMiddleware(
    RequestDelegate next,
    IRateLimitStore store,
    IOptions<AuthThrottleOptions> options,
    TimeProvider clock)
{
    public async Task InvokeAsync(HttpContext context)
    {
        // The endpoint is the one routing selected (WebApplication runs routing before this middleware).
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<IAllowAnonymous>() is null)
        {
            await next(context);
            return;
        }

        var settings = options.Value;
        var body = await ReadBoundedBodyAsync(context, settings.MaxAnonymousBodyBytes);
        if (body is null)
        {
            await ErrorResponses.WriteAsync(
                context,
                StatusCodes.Status413PayloadTooLarge,
                $"The request body is too large: this endpoint accepts at most {settings.MaxAnonymousBodyBytes / 1024} KB.");
            return;
        }

        if (endpoint.Metadata.GetMetadata<SignInThrottleAttribute>() is null)
        {
            await next(context);
            return;
        }

        var now = clock.GetUtcNow();
        var addressWindow = FixedWindow.At(now, TimeSpan.FromSeconds(settings.AddressWindowSeconds));
        var attempts = await store.IncrementAsync("auth-addr:" + ClientAddress.Of(context), addressWindow.Start, addressWindow.Length, context.RequestAborted);
        if (attempts > settings.AddressPermitLimit)
        {
            await StoreApiRateLimitMiddleware.RejectAsync(
                context, now, addressWindow.End,
                $"Too many sign-in and registration attempts from this address: at most {settings.AddressPermitLimit} per {settings.AddressWindowSeconds} seconds.");
            return;
        }

        await next(context);
    }

    /// <summary>The body, buffered (at most <paramref name="limit"/> bytes) so the action can read it again; null when larger.</summary>
    private static async Task<byte[]?> ReadBoundedBodyAsync(HttpContext context, int limit)
    {
        var request = context.Request;
        if (request.ContentLength > limit)
        {
            return null;
        }

        if (request.ContentLength is null or 0 && request.Headers.TransferEncoding.Count == 0)
        {
            return [];
        }

        var buffer = new MemoryStream();
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, context.RequestAborted)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        var bytes = buffer.ToArray();
        request.Body = new MemoryStream(bytes, writable: false);
        request.ContentLength = bytes.Length;
        return bytes;
    }
}
