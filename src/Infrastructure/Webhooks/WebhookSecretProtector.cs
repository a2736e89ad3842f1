using FluxStore.Management.Application.Webhooks;
using Microsoft.AspNetCore.DataProtection;

namespace FluxStore.Management.Infrastructure.Webhooks;

/// <summary>Data Protection with a purpose of its own, as for gift card codes.</summary>
public sealed class WebhookSecretProtector(IDataProtectionProvider provider) : IWebhookSecretProtector
{
    public const string Purpose = "FluxStore.Webhooks.Secret.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string secret) => _protector.Protect(secret);

    public string Unprotect(string protectedSecret) => _protector.Unprotect(protectedSecret);
}
