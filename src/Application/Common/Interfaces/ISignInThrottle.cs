namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>
/// Failed sign-ins per account (<c>FluxStore:AuthThrottle:FailedLoginLimit</c> per <c>FailedLoginWindowSeconds</c>).
/// An attempt is reserved before its password is checked, so parallel guesses cannot all be checked, and given
/// back when the password was right: only failures stay counted.
/// </summary>
public interface ISignInThrottle
{
    /// <summary>
    /// Reserves one attempt for <paramref name="email"/>; throws <see cref="Exceptions.TooManyRequestsException"/>
    /// when the account has used its attempts in this window (even if this one would have been right).
    /// </summary>
    ValueTask<SignInAttempt> ReserveAsync(string email, CancellationToken cancellationToken);

    /// <summary>The attempt succeeded: it no longer counts.</summary>
    ValueTask GiveBackAsync(SignInAttempt attempt, CancellationToken cancellationToken);
}

/// <summary>A reserved attempt: the counter it was taken from and that counter's window.</summary>
public readonly record struct SignInAttempt(string CounterKey, DateTimeOffset WindowStart);
