using System.ComponentModel.DataAnnotations;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary><c>FluxStore:Passwords</c>: how dashboard passwords are hashed.</summary>
public sealed class PasswordOptions
{
    public const string Section = "FluxStore:Passwords";

    /// <summary>bcrypt cost: 2^factor rounds. 11 takes about 0.2 s per hash on the 2-core build machine; each step doubles it.</summary>
    [Range(4, 20, ErrorMessage = "FluxStore:Passwords:BcryptWorkFactor must be between 4 and 20.")]
    public int BcryptWorkFactor { get; set; } = 11;
}
