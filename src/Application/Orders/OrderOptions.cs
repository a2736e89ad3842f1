using FluxStore.Management.Application.Common.Configuration;

namespace FluxStore.Management.Application.Orders;

/// <summary><c>FluxStore:Orders:*</c>: bounds on the work one order may cause.</summary>
public sealed class OrderOptions : IValidatedOptions
{
    public const string Section = "FluxStore:Orders";

    public const int MaxCommandsPerOrderLimit = 100_000;

    /// <summary>
    /// At most this many game-server commands per manual order over its life (items × commands of every stage it can
    /// render × servers), checked when it is placed; each refund is held to the same bound.
    /// </summary>
    public int MaxCommandsPerOrder { get; set; } = 500;

    public IEnumerable<string> Problems()
    {
        if (MaxCommandsPerOrder is < 1 or > MaxCommandsPerOrderLimit)
            yield return $"{Section}:MaxCommandsPerOrder must be between 1 and {MaxCommandsPerOrderLimit}.";
    }
}
