using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using FluxStore.Management.Api.Errors;
using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Domain.Users;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api.RateLimiting;

/// <summary>
/// Guards the endpoints anyone can call (<c>[AllowAnonymous]</c>): a body larger than
/// <c>FluxStore:AuthThrottle:MaxAnonymousBodyBytes</c> gets 413 before anything reads it; login and
/// registration are counted per client address; and an email with too many failed logins in the window is
/// refused (429 + <c>Retry-After</c> to the window's end) before its password is checked. The counters live
/// in the rate-limit store, so the database store shares them across instances.
/// </summary>
public sealed class AnonymousEndpointGuardMiddleware(
    RequestDelegate next,
    IRateLimitStore store,
    IOptions<AuthThrottleOptions> options,
    TimeProvider clock)
{
    public static readonly PathString Login = "/api/auth/login";
    public static readonly PathString Register = "/api/auth/register";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<IAllowAnonymous>() is null)
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

        var path = context.Request.Path;
        var isLogin = path.Equals(Login, StringComparison.OrdinalIgnoreCase);
        if (!HttpMethods.IsPost(context.Request.Method) || (!isLogin && !path.Equals(Register, StringComparison.OrdinalIgnoreCase)))
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

        var emailKey = isLogin ? EmailKey(body) : null;
        if (emailKey is null)
        {
            await next(context);
            return;
        }

        var failureWindow = FixedWindow.At(now, TimeSpan.FromSeconds(settings.FailedLoginWindowSeconds));
        if (await store.PeekAsync(emailKey, failureWindow.Start, context.RequestAborted) >= settings.FailedLoginLimit)
        {
            await StoreApiRateLimitMiddleware.RejectAsync(
                context, now, failureWindow.End, "Too many failed sign-ins for this account: try again later.");
            return;
        }

        try
        {
            await next(context);
        }
        catch (AuthenticationFailedException)
        {
            // The exception handler (outside this middleware) answers 401.
            await store.IncrementAsync(emailKey, failureWindow.Start, failureWindow.Length, CancellationToken.None);
            throw;
        }

        if (context.Response.StatusCode == StatusCodes.Status401Unauthorized)
        {
            await store.IncrementAsync(emailKey, failureWindow.Start, failureWindow.Length, CancellationToken.None);
        }
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

    /// <summary>The failed-login counter of the body's email (hashed: counters never hold addresses); null when there is none.</summary>
    private static string? EmailKey(byte[] body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            // The last match, case-insensitively: the value model binding will use.
            string? email = null;
            foreach (var property in json.RootElement.EnumerateObject())
            {
                if (string.Equals(property.Name, "email", StringComparison.OrdinalIgnoreCase) && property.Value.ValueKind == JsonValueKind.String)
                {
                    email = property.Value.GetString();
                }
            }

            if (!string.IsNullOrWhiteSpace(email))
            {
                return "login-fail:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(User.Normalize(email))));
            }
        }
        catch (JsonException)
        {
        }

        return null;
    }
}
