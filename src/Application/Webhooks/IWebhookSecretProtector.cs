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
