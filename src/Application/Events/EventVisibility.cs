using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Events;

/// <summary>
/// Which permission shows which event types on the events API: <c>Orders:View</c> shows <c>order.*</c> and
/// <c>command.*</c> (the game-server commands orders queue), <c>Subscriptions:View</c> shows <c>subscription.*</c>,
/// <c>Packages:View</c> shows <c>package.*</c>. (<c>webhook.test</c> is sent to one endpoint and is not an event of
/// the store.)
/// </summary>
public static class EventVisibility
{
    private static readonly (string Prefix, Permission Permission)[] Areas =
    [
        ("order.", new Permission(PermissionArea.Orders, PermissionAction.View)),
        ("command.", new Permission(PermissionArea.Orders, PermissionAction.View)),
        ("subscription.", new Permission(PermissionArea.Subscriptions, PermissionAction.View)),
        ("package.", new Permission(PermissionArea.Packages, PermissionAction.View)),
    ];

    /// <summary>The wildcards a <c>type</c> filter accepts: <c>order.*</c>, <c>command.*</c>, ….</summary>
    public static IEnumerable<string> Wildcards => Areas.Select(a => a.Prefix + "*");

    /// <summary>The permission that shows <paramref name="type"/>.</summary>
    public static Permission PermissionFor(string type) =>
        Areas.First(a => type.StartsWith(a.Prefix, StringComparison.Ordinal)).Permission;

    /// <summary>The event types one <c>type</c> filter value names (a type or a wildcard); empty when it names none.</summary>
    public static IReadOnlyList<string> Expand(string filter) =>
        filter.EndsWith(".*", StringComparison.Ordinal)
            ? WebhookEventTypes.All.Where(t => t.StartsWith(filter[..^1], StringComparison.Ordinal)).ToList()
            : WebhookEventTypes.IsKnown(filter) ? [filter] : [];

    /// <summary>The event types the caller may see: by the API key's permissions, or by the member's on the route's store.</summary>
    public static async Task<IReadOnlyList<string>> VisibleTypesAsync(ICallerContext caller, IApplicationDbContext db, Guid storeId, CancellationToken ct)
    {
        Func<Permission, bool> holds;
        if (caller.Kind == CallerKind.ApiKey)
        {
            holds = caller.KeyPermissions.Contains;
        }
        else
        {
            var userId = caller.RequireUserId();
            var membership = await db.StoreMembers.AsNoTracking()
                .Where(m => m.StoreId == storeId && m.UserId == userId)
                .Select(m => new { m.IsOwner, m.Permissions })
                .FirstOrDefaultAsync(ct) ?? throw new NotFoundException("Store");
            holds = p => Domain.Stores.StoreMember.Grants(membership.IsOwner, membership.Permissions, p);
        }

        return WebhookEventTypes.All.Where(t => holds(PermissionFor(t))).ToList();
    }
}
