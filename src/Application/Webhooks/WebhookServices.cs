namespace FluxStore.Management.Application.Webhooks;

/// <summary>
/// Encrypts webhook signing secrets with a key kept outside the database (ASP.NET Core Data Protection): the
/// dispatcher reads them back to sign, a database dump alone does not reveal them.
/// </summary>
public interface IWebhookSecretProtector
{
    string Protect(string secret);

    string Unprotect(string protectedSecret);
}

/// <summary>Save-time URL rules (scheme, and literal addresses that are never allowed as targets).</summary>
public interface IWebhookTargetRules
{
    /// <summary>A readable problem with <paramref name="url"/>, or null when it may be saved.</summary>
    string? Check(string url);
}
