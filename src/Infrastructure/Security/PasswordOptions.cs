using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Infrastructure.Security;

/// <summary><c>FluxStore:Passwords</c>: how dashboard passwords are hashed.</summary>
public sealed class PasswordOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Passwords";

    /// <summary>bcrypt cost: 2^factor rounds. 11 takes about 0.2 s per hash on the 2-core build machine; each step doubles it.</summary>
    public int BcryptWorkFactor { get; set; } = 11;

    public IEnumerable<string> Problems()
    {
        if (BcryptWorkFactor is < 4 or > 20)
            yield return $"{Section}:BcryptWorkFactor must be between 4 and 20.";
    }
}
