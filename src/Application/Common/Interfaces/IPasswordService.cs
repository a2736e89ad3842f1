namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>Dashboard passwords: a slow, salted hash (bcrypt).</summary>
public interface IPasswordService
{
    string Hash(string password);

    bool Verify(string hash, string password);

    /// <summary>True when a hash that verified should be replaced: an older format or another work factor.</summary>
    bool NeedsRehash(string hash);

    /// <summary>Costs what <see cref="Verify"/> costs and always fails: run for an unknown email, so timing does not tell.</summary>
    void VerifyDecoy(string password);
}
