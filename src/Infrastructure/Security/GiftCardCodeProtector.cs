using FluxStore.Management.Application.Common.Interfaces;
using Microsoft.AspNetCore.DataProtection;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary>Data Protection with a purpose of its own: payloads cannot be swapped with other protected data.</summary>
public sealed class GiftCardCodeProtector(IDataProtectionProvider provider) : IGiftCardCodeProtector
{
    public const string Purpose = "FluxStore.GiftCards.Code.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string code) => _protector.Protect(code);

    public string Unprotect(string protectedCode) => _protector.Unprotect(protectedCode);
}
