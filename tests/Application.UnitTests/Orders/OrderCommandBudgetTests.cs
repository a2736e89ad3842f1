using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Domain.Packages;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Application.UnitTests.Orders;

public sealed class OrderCommandBudgetTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);
    private static readonly Guid[] Servers = [Guid.CreateVersion7(), Guid.CreateVersion7()];

    /// <summary>Two servers, one purchase and one refund command: 4 commands over the order's life per item.</summary>
    private static OrderLine Line(Guid? serverId = null)
    {
        var package = new Package(Guid.CreateVersion7(), "VIP", Now);
        package.ReplaceServers(Servers);
        package.ReplaceCommands([
            new PackageCommand(CommandStage.Purchase, "give {username} vip", false, null),
            new PackageCommand(CommandStage.Refund, "take {username} vip", false, null)]);
        return new OrderLine(package, 1, serverId, 100);
    }

    private static OrderCommandBudget Budget(int max) => new(Options.Create(new OrderOptions { MaxCommandsPerOrder = max }));

    [Test]
    public void AnOrderExactlyAtTheBudgetShouldPass()
    {
        var act = () => Budget(8).Check([Line(), Line()]);
        act.Should().NotThrow();
    }

    [Test]
    public void AnOrderOverTheBudgetShouldBeRefusedNamingTheSetting()
    {
        var act = () => Budget(7).Check([Line(), Line()]);
        act.Should().Throw<RequestValidationException>()
            .Which.Errors.Should().ContainSingle().Which.Should().Contain("would exceed 7 (FluxStore:Orders:MaxCommandsPerOrder)");
    }

    [Test]
    public void AChosenServerShouldCountOnlyThatServer()
    {
        var act = () => Budget(4).Check([Line(Servers[0]), Line(Servers[1])]);
        act.Should().NotThrow();
    }
}
