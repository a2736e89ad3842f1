using System.Security.Cryptography;
using System.Text;
using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Domain.Users;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.RateLimiting;

/// <summary>
/// <see cref="ISignInThrottle"/> over the rate-limit store (memory or database): the counter
/// <c>login-fail:&lt;SHA-256 of the normalised email&gt;</c> (counters never hold an email in clear), in fixed windows
/// aligned to the epoch. A reservation is one atomic increment; the attempt may go on only when the new count is
/// within the limit, so of N parallel attempts at most the limit's worth reach the password check.
/// </summary>
public sealed class SignInThrottle(IRateLimitStore store, IOptions<AuthThrottleOptions> options, TimeProvider clock) : ISignInThrottle
{
    public const string Message = "Too many failed sign-ins for this account: try again later.";

    public async ValueTask<SignInAttempt> ReserveAsync(string email, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var window = FixedWindow.At(now, TimeSpan.FromSeconds(settings.FailedLoginWindowSeconds));
        var key = CounterKey(email);
        var count = await store.IncrementAsync(key, window.Start, window.Length, cancellationToken);
        if (count > settings.FailedLoginLimit)
        {
            // Not given back: the account stays locked until the window ends whatever is tried.
            throw new TooManyRequestsException(Message, window.RetryAfterSeconds(now));
        }

        return new SignInAttempt(key, window.Start);
    }

    public ValueTask GiveBackAsync(SignInAttempt attempt, CancellationToken cancellationToken) =>
        store.DecrementAsync(attempt.CounterKey, attempt.WindowStart, cancellationToken);

    public static string CounterKey(string email) =>
        "login-fail:" + Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(User.Normalize(email))));
}
