namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>
/// Makes list cursors tamper-proof (authenticated with a key of the application's key ring), so a
/// client can only hand back a cursor the API issued.
/// </summary>
public interface IListCursorProtector
{
    /// <summary>A URL-safe (base64url) token for the payload.</summary>
    string Protect(string payload);

    /// <summary>The payload, or null when the token is malformed, altered or not from this key ring.</summary>
    string? TryUnprotect(string token);
}
