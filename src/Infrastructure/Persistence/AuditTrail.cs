using FluxStore.Management.Application.Audit;
using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Audit;
using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.GiftCards;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Sales;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// The audit entries of one save inside an <see cref="AuditScope"/>: one per aggregate the save adds, changes or deletes
/// (a child row, such as a package's command or an order's refund, counts for its aggregate), with the scope's actor.
/// Customers, queued commands, webhook deliveries and the infrastructure's own rows are effects of other writes and
/// are not audited themselves. A save that already holds an entry written by its handler (an invitation, a code
/// reveal) gets no generic ones; a save that creates a store records the store alone.
/// </summary>
internal static class AuditTrail
{
    /// <summary>Action prefix per audited aggregate; the target type is the aggregate's type name.</summary>
    private static readonly Dictionary<Type, string> Resources = new()
    {
        [typeof(Package)] = "package",
        [typeof(Category)] = "category",
        [typeof(Coupon)] = "coupon",
        [typeof(Sale)] = "sale",
        [typeof(Ban)] = "ban",
        [typeof(GiftCard)] = "giftcard",
        [typeof(Order)] = "order",
        [typeof(Subscription)] = "subscription",
        [typeof(ApiKey)] = "apikey",
        [typeof(GameServer)] = "server",
        [typeof(WebhookEndpoint)] = "webhook.endpoint",
        [typeof(StoreMember)] = "member",
        [typeof(StoreInvitation)] = "member.invitation",
        [typeof(Store)] = "store",
    };

    /// <summary>The past tense of a command's first word, for an aggregate it changed (not added or deleted).</summary>
    private static readonly Dictionary<string, string> Verbs = new(StringComparer.Ordinal)
    {
        ["Update"] = "updated",
        ["Refund"] = "refunded",
        ["Cancel"] = "cancelled",
        ["Regenerate"] = "regenerated",
        ["Revoke"] = "revoked",
        ["Remove"] = "removed",
        ["Roll"] = "secret.rolled",
        ["Sort"] = "reordered",
        ["Set"] = "plan.set", // SetStorePlan, the only one
    };

    public static async Task AddEntriesAsync(ApplicationDbContext db, AuditScope scope, SaveEntries entries, bool sync, CancellationToken cancellationToken)
    {
        // Entries of an earlier save of this command that failed (a retried order, for instance) are not kept.
        foreach (var stale in scope.Written)
        {
            var entry = db.Entry(stale);
            if (entry.State == EntityState.Added)
            {
                entry.State = EntityState.Detached;
            }
        }

        scope.Written.Clear();
        var changed = entries.Changed.Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted).ToList();
        if (changed.Count == 0 || changed.Any(e => e is { Entity: AuditEntry, State: EntityState.Added }))
        {
            return;
        }

        var roots = new Dictionary<(Type Type, Guid Id), (Guid StoreId, EntityState State)>();
        var newStore = changed.FirstOrDefault(e => e is { Entity: Store, State: EntityState.Added });
        foreach (var entry in newStore is null ? changed : [newStore])
        {
            if (RootOf(entries, entry) is not { } root || (root.Type == typeof(Store) && root.State == EntityState.Deleted))
            {
                continue;
            }

            // The aggregate's own state wins over "changed through a child".
            var key = (root.Type, root.Id);
            if (!roots.TryGetValue(key, out var seen) || seen.State == EntityState.Modified)
            {
                roots[key] = (root.StoreId, root.State);
            }
        }

        if (roots.Count == 0)
        {
            return;
        }

        var actorName = await ActorNameAsync(db, scope, sync, cancellationToken);
        var now = scope.Clock.GetUtcNow().UtcDateTime;
        var verb = Verb(scope.Command);
        foreach (var ((type, id), (storeId, state)) in roots)
        {
            var action = Resources[type] + "." + state switch
            {
                EntityState.Added => "created",
                EntityState.Deleted => "deleted",
                _ => scope.Command.Contains(type.Name, StringComparison.Ordinal) ? verb : "updated",
            };
            var written = scope.ApiKeyId is { } keyId && scope.ActorKind == AuditEntry.ApiKeyActor
                ? AuditEntry.ByApiKey(storeId, keyId, actorName, action, type.Name, id, now)
                : new AuditEntry(storeId, scope.UserId, action, type.Name, id, now).NamedAs(actorName);
            db.AuditEntries.Add(written);
            scope.Written.Add(written);
        }
    }

    /// <summary>The aggregate an entry belongs to (itself, or its parent when tracked), or null when not audited.</summary>
    private static (Type Type, Guid Id, Guid StoreId, EntityState State)? RootOf(SaveEntries entries, EntityEntry entry)
    {
        return entry.Entity switch
        {
            Store store => (typeof(Store), store.Id, store.Id, entry.State),
            Domain.Common.Entity entity and IStoreOwned owned when Resources.ContainsKey(entity.GetType()) =>
                (entity.GetType(), entity.Id, owned.StoreId, entry.State),
            PackageCommand c => Parent<Package>(entries, c.PackageId),
            PackageServer s => Parent<Package>(entries, s.PackageId),
            CouponPackage c => Parent<Coupon>(entries, c.CouponId),
            CouponCategory c => Parent<Coupon>(entries, c.CouponId),
            SalePackage s => Parent<Sale>(entries, s.SaleId),
            SaleCategory s => Parent<Sale>(entries, s.SaleId),
            OrderItem i => Parent<Order>(entries, i.OrderId),
            OrderRefund r => (typeof(Order), r.OrderId, r.StoreId, EntityState.Modified),
            _ => null,
        };
    }

    private static (Type, Guid, Guid, EntityState)? Parent<T>(SaveEntries entries, Guid id)
        where T : Domain.Common.Entity, IStoreOwned
    {
        var parent = entries.Parent<T>(id);
        return parent is null ? null : (typeof(T), id, parent.StoreId, EntityState.Modified);
    }

    private static string Verb(string command)
    {
        var end = 1;
        while (end < command.Length && !char.IsUpper(command[end]))
        {
            end++;
        }

        return Verbs.GetValueOrDefault(command[..end], "updated");
    }

    /// <summary>The key's name or the user's display name (else e-mail), read once per scope.</summary>
    private static async Task<string?> ActorNameAsync(ApplicationDbContext db, AuditScope scope, bool sync, CancellationToken ct)
    {
        if (!scope.ActorNameLoaded)
        {
            IQueryable<string?> name = scope.ApiKeyId is { } keyId && scope.ActorKind == AuditEntry.ApiKeyActor
                ? db.ApiKeys.AsNoTracking().Where(k => k.Id == keyId).Select(k => (string?)k.Name)
                : db.Users.AsNoTracking().Where(u => u.Id == scope.UserId).Select(u => u.DisplayName ?? u.Email);
            scope.ActorName = sync ? name.FirstOrDefault() : await name.FirstOrDefaultAsync(ct);
            scope.ActorNameLoaded = true;
        }

        return scope.ActorName;
    }
}
