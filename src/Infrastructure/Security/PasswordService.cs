using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Domain.Users;
using Microsoft.AspNetCore.Identity;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary>ASP.NET Core's PBKDF2 password hasher.</summary>
public sealed class PasswordService : IPasswordService
{
    private readonly PasswordHasher<User> _hasher = new();

    public string Hash(string password) => _hasher.HashPassword(null!, password);

    public bool Verify(string hash, string password) =>
        _hasher.VerifyHashedPassword(null!, hash, password) != PasswordVerificationResult.Failed;
}
