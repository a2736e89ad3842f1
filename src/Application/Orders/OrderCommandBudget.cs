using FluxStore.Management.Application.Plugin;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Application.Orders;

/// <summary>
/// Refuses, before anything is written, an order whose commands over its whole life would exceed
/// <c>FluxStore:Orders:MaxCommandsPerOrder</c>: for every item, the commands of every stage the order can render
/// (purchase and refund; renewal and expiry for a subscription) × their target servers.
/// </summary>
public sealed class OrderCommandBudget(IOptions<OrderOptions> options)
{
    public void Check(IReadOnlyList<OrderLine> lines)
    {
        var max = options.Value.MaxCommandsPerOrder;
        var total = 0;
        foreach (var line in lines)
        {
            total += CommandQueue.CountOrderLifeCommands(line.Package, line.ServerId);
            if (total > max)
            {
                throw new RequestValidationException(
                    $"items: this order's game-server commands (purchase, refund, renewal and expiry, on every target server) would exceed {max} (FluxStore:Orders:MaxCommandsPerOrder); split it into smaller orders.");
            }
        }
    }
}
