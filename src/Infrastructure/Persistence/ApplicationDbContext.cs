using FluxStore.Management.Application.Common.Interfaces;
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
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// The model, shared by every provider. Each provider has its own subclass (<c>Persistence/Providers</c>) so that
/// its generated migrations and snapshot belong to it; <see cref="DatabaseOptions.CreateContext"/> picks one.
/// </summary>
public abstract class ApplicationDbContext(DbContextOptions options)
    : DbContext(options), IApplicationDbContext
{
    public DbSet<User> Users => Set<User>();

    public DbSet<Store> Stores => Set<Store>();

    public DbSet<StoreMember> StoreMembers => Set<StoreMember>();

    public DbSet<StoreInvitation> StoreInvitations => Set<StoreInvitation>();

    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();

    public DbSet<GameServer> GameServers => Set<GameServer>();

    public DbSet<Category> Categories => Set<Category>();

    public DbSet<Package> Packages => Set<Package>();

    public DbSet<PackageServer> PackageServers => Set<PackageServer>();

    public DbSet<PackageCommand> PackageCommands => Set<PackageCommand>();

    public DbSet<Coupon> Coupons => Set<Coupon>();

    public DbSet<CouponPackage> CouponPackages => Set<CouponPackage>();

    public DbSet<CouponCategory> CouponCategories => Set<CouponCategory>();

    public DbSet<Sale> Sales => Set<Sale>();

    public DbSet<SalePackage> SalePackages => Set<SalePackage>();

    public DbSet<SaleCategory> SaleCategories => Set<SaleCategory>();

    public DbSet<Ban> Bans => Set<Ban>();

    public DbSet<GiftCard> GiftCards => Set<GiftCard>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<RevenueSlot> RevenueSlots => Set<RevenueSlot>();

    public DbSet<PackageRevenueSlot> PackageRevenueSlots => Set<PackageRevenueSlot>();

    public DbSet<PendingCommand> PendingCommands => Set<PendingCommand>();

    public DbSet<Customer> Customers => Set<Customer>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderItem> OrderItems => Set<OrderItem>();

    public DbSet<OrderRefund> OrderRefunds => Set<OrderRefund>();

    public DbSet<Subscription> Subscriptions => Set<Subscription>();

    public DbSet<StoreCount> StoreCounts => Set<StoreCount>();

    public DbSet<WebhookEndpoint> WebhookEndpoints => Set<WebhookEndpoint>();

    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();

    public DbSet<WebhookDeliveryAttempt> WebhookDeliveryAttempts => Set<WebhookDeliveryAttempt>();

    public DbSet<StoreEvent> StoreEvents => Set<StoreEvent>();

    /// <summary>Infrastructure only: the database-backed rate-limit counters.</summary>
    public DbSet<RateLimiting.RateLimitCounter> RateLimitCounters => Set<RateLimiting.RateLimitCounter>();

    /// <summary>Infrastructure only: the <c>Idempotency-Key</c>s of POST requests and their kept responses.</summary>
    public DbSet<Idempotency.IdempotencyRecord> IdempotencyRecords => Set<Idempotency.IdempotencyRecord>();

    /// <summary>Infrastructure only: the rows behind <see cref="Caching.IStoreChangeSignal"/>.</summary>
    public DbSet<Caching.StoreChange> StoreChanges => Set<Caching.StoreChange>();

    /// <summary>A save of this context wrote a <see cref="Caching.StoreChange"/> not yet acted on locally.</summary>
    internal bool StoreChanged { get; set; }

    /// <summary>Adds a <see cref="Caching.StoreChange"/> to this save: every instance's caches forget what they hold once it commits.</summary>
    internal void AddStoreChange()
    {
        StoreChanges.Add(new Caching.StoreChange { At = DateTime.UtcNow });
        StoreChanged = true;
    }

    public Task<Guid?> AddOrderToCustomerAsync(Guid storeId, string username, string? uuid, long totalCents, DateTime now, CancellationToken cancellationToken) =>
        CustomerTotals.AddOrderAsync(this, storeId, username, uuid, totalCents, now, cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveAsync(acceptAllChangesOnSuccess, sync: true, CancellationToken.None).GetAwaiter().GetResult();

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default) =>
        SaveAsync(acceptAllChangesOnSuccess, sync: false, cancellationToken);

    /// <summary>
    /// Every save: the store change signal; inside a write command, its audit entries (<see cref="AuditTrail"/>); a request holding an <c>Idempotency-Key</c> marks its row committed,
    /// and the revenue rollup gets the orders and refunds the save adds, both in the transaction of the write itself
    /// (the caller's, else one begun here).
    /// </summary>
    private async Task<int> SaveAsync(bool acceptAllChangesOnSuccess, bool sync, CancellationToken cancellationToken)
    {
        // One DetectChanges and one pass over the tracked entries for every consumer; the save itself then needs no
        // second detection (the consumers only add entities, which the tracker records as they are added).
        ChangeTracker.DetectChanges();
        var autoDetect = ChangeTracker.AutoDetectChangesEnabled;
        ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            var entries = SaveEntries.Read(ChangeTracker);
            if (entries.StoreChanged)
            {
                AddStoreChange();
            }

            if (Application.Audit.AuditScope.Current is { } audit)
            {
                await AuditTrail.AddEntriesAsync(this, audit, entries, sync, cancellationToken);
            }

            var claim = Idempotency.IdempotencyWrite.Claim is { } held && ChangeTracker.HasChanges() ? held : null;
            var rollup = RevenueRollup.Collect(entries);
            if (claim is null && rollup is null)
            {
                return sync ? base.SaveChanges(acceptAllChangesOnSuccess) : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            }

            if (Database.CurrentTransaction is not null)
            {
                return await SaveInTransactionAsync(claim, rollup, acceptAllChangesOnSuccess, sync, cancellationToken);
            }

            await using var transaction = sync ? Database.BeginTransaction() : await Database.BeginTransactionAsync(cancellationToken);
            var saved = await SaveInTransactionAsync(claim, rollup, acceptAllChangesOnSuccess, sync, cancellationToken);
            if (sync)
            {
                transaction.Commit();
            }
            else
            {
                await transaction.CommitAsync(cancellationToken);
            }

            return saved;
        }
        finally
        {
            ChangeTracker.AutoDetectChangesEnabled = autoDetect;
        }
    }

    private async Task<int> SaveInTransactionAsync(
        Idempotency.IdempotencyWriteClaim? claim, RevenueRollup? rollup, bool acceptAllChangesOnSuccess, bool sync, CancellationToken cancellationToken)
    {
        // The idempotency row is marked committed in the transaction of the write itself, so the row tells whether the
        // write committed even when the commit's acknowledgement never arrived.
        if (claim is not null)
        {
            await MarkIdempotencyKeyCommittedAsync(claim, sync, cancellationToken);
        }

        var saved = sync ? base.SaveChanges(acceptAllChangesOnSuccess) : await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        if (rollup is not null)
        {
            await rollup.WriteAsync(this, sync, cancellationToken);
        }

        return saved;
    }

    /// <summary>
    /// Sets the key's <c>CommittedAt</c> and keeps the row for the retention (a committed request is never run
    /// again). No row held by this request's lock token: its lock expired and another request took the key, so this
    /// one must not write.
    /// </summary>
    private async Task MarkIdempotencyKeyCommittedAsync(Idempotency.IdempotencyWriteClaim claim, bool sync, CancellationToken cancellationToken)
    {
        var now = claim.Clock.GetUtcNow().UtcDateTime;
        var keepUntil = now + claim.Retention;
        var row = IdempotencyRecords.Where(r => r.Scope == claim.Scope && r.Key == claim.Key && r.LockToken == claim.LockToken && !r.IsCompleted);
        var marked = sync
            ? row.ExecuteUpdate(s => s.SetProperty(r => r.CommittedAt, now).SetProperty(r => r.ExpiresAt, keepUntil))
            : await row.ExecuteUpdateAsync(s => s.SetProperty(r => r.CommittedAt, now).SetProperty(r => r.ExpiresAt, keepUntil), cancellationToken);
        if (marked == 0)
        {
            throw new Idempotency.IdempotencyKeyLostException();
        }
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
        StoreCountTriggers.Declare(modelBuilder);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Every time is UTC: written as UTC and read back with Kind = Utc on every provider.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }

    private sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
        v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
        v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
}
