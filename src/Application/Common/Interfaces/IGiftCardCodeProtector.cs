namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>
/// Reversible encryption of gift card codes with a key kept outside the database (ASP.NET Core Data
/// Protection), so the owner can read a code back while a database dump alone reveals nothing.
/// </summary>
public interface IGiftCardCodeProtector
{
    string Protect(string code);

    /// <summary>Throws when the payload was not produced by this application's key ring.</summary>
    string Unprotect(string protectedCode);
}
