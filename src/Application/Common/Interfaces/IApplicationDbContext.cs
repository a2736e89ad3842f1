using FluxStore.Management.Domain.Analytics;
using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Audit;
using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.GiftCards;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Plugin;
using FluxStore.Management.Domain.Sales;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Domain.Users;
using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace FluxStore.Management.Application.Common.Interfaces;

/// <summary>The unit of work handlers use directly (no repository layer over EF Core).</summary>
public interface IApplicationDbContext
{
    DbSet<User> Users { get; }

    DbSet<Store> Stores { get; }

    DbSet<StoreMember> StoreMembers { get; }

    DbSet<StoreInvitation> StoreInvitations { get; }

    DbSet<ApiKey> ApiKeys { get; }

    DbSet<GameServer> GameServers { get; }

    DbSet<Category> Categories { get; }

    DbSet<Package> Packages { get; }

    DbSet<PackageServer> PackageServers { get; }

    DbSet<PackageCommand> PackageCommands { get; }

    DbSet<Coupon> Coupons { get; }

    DbSet<CouponPackage> CouponPackages { get; }

    DbSet<CouponCategory> CouponCategories { get; }

    DbSet<Sale> Sales { get; }

    DbSet<SalePackage> SalePackages { get; }

    DbSet<SaleCategory> SaleCategories { get; }

    DbSet<Ban> Bans { get; }

    DbSet<GiftCard> GiftCards { get; }

    DbSet<AuditEntry> AuditEntries { get; }

    /// <summary>The revenue rollup (read only: the persistence layer writes it with each order and refund).</summary>
    DbSet<RevenueSlot> RevenueSlots { get; }

    DbSet<PackageRevenueSlot> PackageRevenueSlots { get; }

    DbSet<PendingCommand> PendingCommands { get; }

    DbSet<Customer> Customers { get; }

    DbSet<Order> Orders { get; }

    DbSet<OrderItem> OrderItems { get; }

    DbSet<OrderRefund> OrderRefunds { get; }

    DbSet<Subscription> Subscriptions { get; }

    /// <summary>Per-store row counts kept by database triggers; read only (see <see cref="StoreCount"/>).</summary>
    DbSet<StoreCount> StoreCounts { get; }

    DbSet<WebhookEndpoint> WebhookEndpoints { get; }

    DbSet<WebhookDelivery> WebhookDeliveries { get; }

    DbSet<WebhookDeliveryAttempt> WebhookDeliveryAttempts { get; }

    DbSet<StoreEvent> StoreEvents { get; }

    DatabaseFacade Database { get; }

    /// <summary>What the unit of work tracks; a handler that retries after a rollback detaches what its attempt added.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Adds one order of <paramref name="totalCents"/> to the totals of the store's customer for this player (found by
    /// UUID, else by username ignoring case; a UUID is adopted by a row that has none) in one atomic statement that
    /// also locks the row; the customer's id, or null when the store has no such customer.
    /// </summary>
    Task<Guid?> AddOrderToCustomerAsync(Guid storeId, string username, string? uuid, long totalCents, DateTime now, CancellationToken cancellationToken);
}
