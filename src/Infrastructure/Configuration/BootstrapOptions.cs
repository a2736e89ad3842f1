using FluxStore.Management.Application.Common.Configuration;
using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Infrastructure.Configuration;

/// <summary><c>FluxStore:Bootstrap:*</c>: the platform admin created (or promoted) at start-up; validated at start-up.</summary>
public sealed class BootstrapOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Bootstrap";

    public string? AdminEmail { get; set; }

    public string? AdminPassword { get; set; }

    public IEnumerable<string> Problems()
    {
        if (!string.IsNullOrWhiteSpace(AdminEmail) && !AdminEmail.Contains('@', StringComparison.Ordinal))
            yield return $"{Section}:AdminEmail must be an email address.";
        if (!string.IsNullOrEmpty(AdminPassword) && AdminPassword.Length < User.PasswordMinLength)
            yield return $"{Section}:AdminPassword must be at least {User.PasswordMinLength} characters.";
    }
}
