using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Sales;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Users;
using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// What one save of <see cref="ApplicationDbContext"/> writes, read in one pass over the change tracker (after one
/// <c>DetectChanges</c>) and handed to each consumer: the store change signal, the audit trail and the revenue rollup.
/// </summary>
internal sealed class SaveEntries
{
    private readonly Dictionary<(Type Type, Guid Id), object> _parents = [];
    private readonly Dictionary<Guid, Customer> _customers = [];
    private Dictionary<Guid, List<OrderItem>>? _refundedItems;

    /// <summary>The entries added, modified or deleted, in the change tracker's order.</summary>
    public List<EntityEntry> Changed { get; } = [];

    /// <summary>The orders this save adds.</summary>
    public List<Order> AddedOrders { get; } = [];

    /// <summary>The refunds this save adds.</summary>
    public List<OrderRefund> AddedRefunds { get; } = [];

    /// <summary>The save touches a key, an admin flag, a plan or currency, or a row the store read cache keeps.</summary>
    public bool StoreChanged { get; private set; }

    public static SaveEntries Read(ChangeTracker tracker)
    {
        var entries = new SaveEntries();
        foreach (var entry in tracker.Entries())
        {
            entries.Add(entry);
        }

        return entries;
    }

    private void Add(EntityEntry entry)
    {
        switch (entry.Entity)
        {
            case Package or Coupon or Sale or Order:
                _parents[(entry.Entity.GetType(), ((Domain.Common.Entity)entry.Entity).Id)] = entry.Entity;
                break;
            case Customer customer:
                _customers[customer.Id] = customer;
                break;
            case OrderItem { RefundId: { } refundId } item:
                _refundedItems ??= [];
                if (!_refundedItems.TryGetValue(refundId, out var items))
                {
                    _refundedItems[refundId] = items = [];
                }

                items.Add(item);
                break;
        }

        if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted))
        {
            return;
        }

        Changed.Add(entry);
        switch (entry)
        {
            case { Entity: Order order, State: EntityState.Added }:
                AddedOrders.Add(order);
                break;
            case { Entity: OrderRefund refund, State: EntityState.Added }:
                AddedRefunds.Add(refund);
                break;
        }

        StoreChanged = StoreChanged || ChangesStore(entry);
    }

    /// <summary>A tracked entity of type <typeparamref name="T"/> (a package, coupon, sale or order) with this id, in any state.</summary>
    public T? Parent<T>(Guid id)
        where T : class => _parents.GetValueOrDefault((typeof(T), id)) as T;

    /// <summary>A tracked customer with this id, in any state.</summary>
    public Customer? Customer(Guid id) => _customers.GetValueOrDefault(id);

    /// <summary>The tracked items a refund covers.</summary>
    public IReadOnlyList<OrderItem> ItemsOf(OrderRefund refund) =>
        _refundedItems?.GetValueOrDefault(refund.Id) ?? (IReadOnlyList<OrderItem>)[];

    /// <summary>
    /// A key added (the bad-key throttle's copy of valid keys), modified or deleted, a user's platform-admin flag changed (an
    /// admin added, the flag modified, a user deleted), a store's plan or currency changed or the store deleted, or any row the store read
    /// cache keeps (category, package, its commands and servers, sale and its scope, game server, webhook endpoint)
    /// added, changed or deleted.
    /// </summary>
    private static bool ChangesStore(EntityEntry entry) => entry switch
    {
        { Entity: ApiKey } => true,
        { Entity: User user, State: EntityState.Added } => user.IsPlatformAdmin,
        { Entity: User, State: EntityState.Deleted } => true,
        { Entity: User, State: EntityState.Modified } => entry.Property(nameof(User.IsPlatformAdmin)).IsModified,
        { Entity: Store, State: EntityState.Deleted } => true,
        { Entity: Store, State: EntityState.Modified } =>
            entry.Property(nameof(Store.Plan)).IsModified || entry.Property(nameof(Store.ProExpiresAt)).IsModified
            || entry.Property(nameof(Store.Currency)).IsModified,
        { Entity: Category or Package or PackageCommand or PackageServer or Sale or SalePackage or SaleCategory or GameServer or WebhookEndpoint } => true,
        _ => false,
    };
}
