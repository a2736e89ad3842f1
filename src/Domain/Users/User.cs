using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Users;

public sealed class User : Entity
{
    public const int EmailMaxLength = 254;
    public const int DisplayNameMaxLength = 100;
    public const int PasswordMinLength = 10;
    public const int PasswordMaxLength = 200;

    private User()
    {
    }

    public User(string email, string? displayName, DateTime now)
    {
        Email = email.Trim();
        NormalizedEmail = Normalize(email);
        DisplayName = string.IsNullOrWhiteSpace(displayName) ? null : displayName.Trim();
        CreatedAt = now;
    }

    public string Email { get; private set; } = string.Empty;

    /// <summary>Upper-cased invariant email: the unique, case-insensitive lookup column.</summary>
    public string NormalizedEmail { get; private set; } = string.Empty;

    public string? DisplayName { get; private set; }

    public string PasswordHash { get; private set; } = string.Empty;

    public bool IsPlatformAdmin { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static string Normalize(string email) => email.Trim().ToUpperInvariant();

    public void SetPasswordHash(string hash) => PasswordHash = hash;

    public void GrantPlatformAdmin() => IsPlatformAdmin = true;
}
