using FluxStore.Management.Domain.Security;

namespace FluxStore.Management.Domain.UnitTests.Security;

public sealed class PermissionSetTests
{
    private static IReadOnlyDictionary<string, IReadOnlyList<string>> Areas(params (string Area, string[] Actions)[] areas) =>
        areas.ToDictionary(a => a.Area, a => (IReadOnlyList<string>)a.Actions);

    [Test]
    public void ShouldAcceptEverythingInTheSpecTable()
    {
        var all = PermissionCatalog.AllApiKeyPermissions.GroupBy(p => p.Area)
            .ToDictionary(g => g.Key.ToString(), g => (IReadOnlyList<string>)g.Select(p => p.Action.ToString()).ToList());

        PermissionSet.TryCreateForApiKey(all, out var set).Should().BeEmpty();
        set.Items.Should().HaveCount(22);
    }

    [TestCase("Orders", "Delete")]
    [TestCase("Customers", "Edit")]
    [TestCase("Customers", "Delete")]
    [TestCase("Subscriptions", "Edit")]
    [TestCase("Packages", "Admin")]
    [TestCase("Packages", "view")]
    public void ShouldRejectActionsTheAreaLacks(string area, string action)
    {
        var problems = PermissionSet.TryCreateForApiKey(Areas((area, [action])), out var set);
        problems.Should().ContainSingle().Which.Should().Contain($"'{action}' is not an action of {area}");
        set.IsEmpty.Should().BeTrue();
    }

    [TestCase("Stores")]
    [TestCase("Widgets")]
    [TestCase("packages")]
    [TestCase("0")]
    public void ShouldRejectUnknownAreas(string area) =>
        PermissionSet.TryCreateForApiKey(Areas((area, ["View"])), out _).Should().ContainSingle().Which.Should().Contain("unknown area");

    [Test]
    public void ShouldRejectEmptySets()
    {
        PermissionSet.TryCreateForApiKey(null, out _).Should().ContainSingle();
        PermissionSet.TryCreateForApiKey(Areas(), out _).Should().ContainSingle();
        PermissionSet.TryCreateForApiKey(Areas(("Packages", [])), out _).Should().ContainSingle();
    }

    [Test]
    public void StorageShouldRoundTripAndEditShouldNotImplyView()
    {
        PermissionSet.TryCreateForApiKey(Areas(("Packages", ["Edit", "View"]), ("Orders", ["View"])), out var set);
        var restored = PermissionSet.FromStorage(set.ToStorage());

        restored.Contains(PermissionArea.Packages, PermissionAction.Edit).Should().BeTrue();
        restored.Contains(PermissionArea.Orders, PermissionAction.View).Should().BeTrue();
        restored.Contains(PermissionArea.Orders, PermissionAction.Edit).Should().BeFalse();
        restored.ToDictionary().Should().BeEquivalentTo(new Dictionary<string, string[]> { ["Packages"] = ["View", "Edit"], ["Orders"] = ["View"] });

        PermissionSet.TryCreateForApiKey(Areas(("Packages", ["Edit"])), out var editOnly);
        editOnly.Contains(PermissionArea.Packages, PermissionAction.View).Should().BeFalse();
    }
}
