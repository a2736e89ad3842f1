using System.Security.Cryptography;
using FluxStore.Management.Application.Common.Interfaces;
using Microsoft.AspNetCore.DataProtection;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary>List cursors: Data Protection with a purpose of their own (base64url output, authenticated, opaque).</summary>
public sealed class ListCursorProtector(IDataProtectionProvider provider) : IListCursorProtector
{
    public const string Purpose = "FluxStore.Lists.Cursor.v1";

    private readonly IDataProtector _protector = provider.CreateProtector(Purpose);

    public string Protect(string payload) => _protector.Protect(payload);

    public string? TryUnprotect(string token)
    {
        try
        {
            return _protector.Unprotect(token);
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
