using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Domain.Packages;

namespace FluxStore.Management.Application.UnitTests.Plugin;

public sealed class CommandQueueTests
{
    private static readonly Guid StoreId = Guid.CreateVersion7();
    private static readonly Guid OrderId = Guid.CreateVersion7();
    private static readonly Guid Lobby = Guid.CreateVersion7();
    private static readonly Guid Survival = Guid.CreateVersion7();
    private static readonly DateTime Now = new(2026, 1, 15, 10, 0, 0, DateTimeKind.Utc);

    private static Package VipPackage(params PackageCommand[] commands)
    {
        var package = new Package(StoreId, "VIP Rank", Now);
        package.ReplaceServers([Lobby, Survival]);
        package.ReplaceCommands(commands);
        return package;
    }

    [Test]
    public void ShouldQueueEveryPurchaseCommandOnEveryPackageServerInPositionOrder()
    {
        var package = VipPackage(
            new PackageCommand(CommandStage.Purchase, "lp user {username} parent add vip", false, null),
            new PackageCommand(CommandStage.Expiry, "lp user {username} parent remove vip", false, null),
            new PackageCommand(CommandStage.Renewal, "say renewed", false, null),
            new PackageCommand(CommandStage.Refund, "say refunded", false, null),
            new PackageCommand(CommandStage.Purchase, "give {username} diamond {quantity}", true, null));

        var queued = CommandQueue.BuildPurchaseCommands(StoreId, OrderId, package, null, "Steve", null, 2, Now);

        queued.Select(c => (c.GameServerId, c.Command)).Should().Equal(
            (Lobby, "lp user Steve parent add vip"),
            (Survival, "lp user Steve parent add vip"),
            (Lobby, "give Steve diamond 2"),
            (Survival, "give Steve diamond 2"));
        queued.Select(c => c.Sequence).Should().Equal(0, 1, 2, 3);
        queued.Select(c => c.OnlineOnly).Should().Equal(false, false, true, true);
        queued.Should().OnlyContain(c => c.StoreId == StoreId && c.OrderId == OrderId && c.PlayerUsername == "Steve"
            && c.PlayerUuid == null && c.CreatedAt == Now && c.ExecutedAt == null);
    }

    [Test]
    public void ShouldRenderEveryPlaceholder()
    {
        var package = VipPackage(new PackageCommand(CommandStage.Purchase, "{username}|{uuid}|{orderId}|{packageName}|{quantity}", false, null));

        var queued = CommandQueue.BuildPurchaseCommands(StoreId, OrderId, package, Survival, "Steve", "069a79f4-44e9-4726-a5be-fca90e38aaf5", 3, Now);

        queued.Should().ContainSingle().Which.Command.Should().Be($"Steve|069a79f4-44e9-4726-a5be-fca90e38aaf5|{OrderId}|VIP Rank|3");
        queued[0].PlayerUuid.Should().Be("069a79f4-44e9-4726-a5be-fca90e38aaf5");
    }

    [Test]
    public void ShouldTargetOnlyTheChosenServer()
    {
        var package = VipPackage(new PackageCommand(CommandStage.Purchase, "rank {username}", false, null));

        var queued = CommandQueue.BuildPurchaseCommands(StoreId, OrderId, package, Lobby, "Steve", null, 1, Now);

        queued.Should().ContainSingle().Which.GameServerId.Should().Be(Lobby);
    }

    [Test]
    public void ShouldLimitACommandNamingServersToThoseAmongTheTargets()
    {
        var package = VipPackage(
            new PackageCommand(CommandStage.Purchase, "survival only", false, [Survival]),
            new PackageCommand(CommandStage.Purchase, "everywhere", false, null));

        CommandQueue.BuildPurchaseCommands(StoreId, OrderId, package, null, "Steve", null, 1, Now)
            .Select(c => (c.GameServerId, c.Command))
            .Should().Equal((Survival, "survival only"), (Lobby, "everywhere"), (Survival, "everywhere"));

        CommandQueue.BuildPurchaseCommands(StoreId, OrderId, package, Lobby, "Steve", null, 1, Now)
            .Select(c => (c.GameServerId, c.Command))
            .Should().Equal((Lobby, "everywhere"));
    }

    [Test]
    public void ShouldQueueNothingWithoutServersOrPurchaseCommands()
    {
        var noServers = new Package(StoreId, "VIP", Now);
        noServers.ReplaceCommands([new PackageCommand(CommandStage.Purchase, "rank {username}", false, null)]);
        CommandQueue.BuildPurchaseCommands(StoreId, OrderId, noServers, null, "Steve", null, 1, Now).Should().BeEmpty();

        var noPurchase = VipPackage(new PackageCommand(CommandStage.Expiry, "unrank {username}", false, null));
        CommandQueue.BuildPurchaseCommands(StoreId, OrderId, noPurchase, null, "Steve", null, 1, Now).Should().BeEmpty();
    }

    [Test]
    public void ShouldContinueTheSequenceOfEarlierItemsOfTheSameOrder()
    {
        var package = VipPackage(new PackageCommand(CommandStage.Purchase, "rank {username}", false, null));

        var queued = CommandQueue.BuildPurchaseCommands(StoreId, OrderId, package, null, "Steve", null, 1, Now, firstSequence: 7);

        queued.Select(c => c.Sequence).Should().Equal(7, 8);
    }
}
