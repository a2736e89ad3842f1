using System.Data.Common;
using System.Diagnostics;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Domain.ApiKeys;
using FluxStore.Management.Domain.Security;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Users;
using FluxStore.Management.Infrastructure.Configuration;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>Start-up work: migrations, the bootstrap platform admin, and the Development demo data.</summary>
public sealed class DatabaseInitializer(
    ApplicationDbContext db,
    IOptions<DatabaseOptions> databaseOptions,
    IOptions<BootstrapOptions> bootstrap,
    IPasswordService passwords,
    ISecretHasher secrets,
    TimeProvider clock,
    ILogger<DatabaseInitializer> logger)
{
    private static readonly TimeSpan FirstRetryDelay = TimeSpan.FromMilliseconds(500);
    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromSeconds(5);

    private readonly DatabaseOptions _options = databaseOptions.Value;

    /// <summary>
    /// Applies the migrations when <c>Database:MigrateOnStartup</c> is true, then the bootstrap admin. A database that
    /// cannot be reached is retried with backoff (0.5 s doubling to 5 s) for <c>Database:StartupRetrySeconds</c>, then
    /// stops start-up with <see cref="DatabaseUnavailableException"/> (one line: provider and host) when migrating; without migrations the API starts anyway and <c>/health/ready</c> reports it.
    /// </summary>
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        var retryFor = TimeSpan.FromSeconds(_options.StartupRetrySeconds);
        var elapsed = new Stopwatch(); // from the first failure: a slow first attempt does not use up the retry time
        var delay = FirstRetryDelay;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await MigrateAsync(cancellationToken);
                await EnsureBootstrapAdminAsync(cancellationToken);
                return;
            }
            // EF's PostgreSQL execution strategy wraps a connection failure in an InvalidOperationException: the chain decides.
            catch (Exception error) when (_options.MigrateOnStartup && DatabaseErrors.IsUnavailable(error) && elapsed.Elapsed < retryFor)
            {
                // Down or still starting (a container started together with its database): wait and try again.
                elapsed.Start();
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks, (retryFor - elapsed.Elapsed).Ticks));
                logger.LogWarning(
                    "The {Provider} database at '{Host}' cannot be used yet (attempt {Attempt}); retrying in {Delay:0.0} s for up to {Setting}={Seconds} s: {Reason}",
                    _options.Provider, _options.DescribeHost(), attempt, delay.TotalSeconds,
                    $"{DatabaseOptions.Section}:{nameof(DatabaseOptions.StartupRetrySeconds)}", _options.StartupRetrySeconds,
                    error.GetBaseException().Message);
                db.ChangeTracker.Clear();
                await Task.Delay(delay, cancellationToken);
                delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxRetryDelay.Ticks));
            }
            catch (Exception error) when (error is DbException || DatabaseErrors.IsUnavailable(error))
            {
                Fail(error);
                return;
            }
        }
    }

    private void Fail(Exception error)
    {
        var unavailable = DatabaseUnavailableException.From(_options, error);
        if (_options.MigrateOnStartup)
        {
            throw unavailable;
        }

        logger.LogWarning("Start-up database work skipped (Database:MigrateOnStartup is false): {Reason}", unavailable.Message);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken = default)
    {
        if (!_options.MigrateOnStartup)
        {
            return;
        }

        if (_options.Provider == DatabaseProvider.Sqlite)
        {
            // Readers do not block the writer, and a busy database is waited for, not failed.
            await db.Database.OpenConnectionAsync(cancellationToken);
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            await db.Database.CloseConnectionAsync();
        }

        if (_options.Provider == DatabaseProvider.Postgres)
        {
            // Instances starting together take turns: one migrates, the others then find nothing to do.
            // A session advisory lock (key: "FluxStor" in ASCII) on one open connection, which MigrateAsync then uses.
            await db.Database.OpenConnectionAsync(cancellationToken);
            try
            {
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_lock(5074560039796371314);", cancellationToken);
                await db.Database.MigrateAsync(cancellationToken);
                await db.Database.ExecuteSqlRawAsync("SELECT pg_advisory_unlock(5074560039796371314);", cancellationToken);
            }
            finally
            {
                await db.Database.CloseConnectionAsync();
            }

            return;
        }

        await db.Database.MigrateAsync(cancellationToken);
    }

    /// <summary>
    /// Creates the platform admin named by <c>FluxStore:Bootstrap:*</c>, or promotes an existing account with that
    /// email only when the configured password verifies against it (otherwise anyone who registered the address
    /// first would become operator). Several instances may run this at once on one database.
    /// </summary>
    public async Task EnsureBootstrapAdminAsync(CancellationToken cancellationToken = default)
    {
        var email = bootstrap.Value.AdminEmail;
        var password = bootstrap.Value.AdminPassword;
        if (string.IsNullOrWhiteSpace(email))
        {
            return;
        }

        var normalized = User.Normalize(email);
        var existing = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
        if (existing is null)
        {
            if (string.IsNullOrEmpty(password) || password.Length < User.PasswordMinLength)
            {
                throw new InvalidOperationException(
                    $"{BootstrapOptions.Section}:AdminPassword must be at least {User.PasswordMinLength} characters to create the bootstrap admin.");
            }

            var admin = new User(email, "Platform admin", clock.GetUtcNow().UtcDateTime);
            admin.SetPasswordHash(passwords.Hash(password));
            admin.GrantPlatformAdmin();
            db.Users.Add(admin);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                logger.LogInformation("Created the bootstrap platform admin");
                return;
            }
            catch (DbUpdateException)
            {
                // Another instance created the account first (unique email): judge that account like any other.
                db.Entry(admin).State = EntityState.Detached;
                existing = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == normalized, cancellationToken);
                if (existing is null)
                {
                    throw;
                }
            }
        }

        if (existing.IsPlatformAdmin)
        {
            return;
        }

        if (string.IsNullOrEmpty(password) || !passwords.Verify(existing.PasswordHash, password))
        {
            logger.LogWarning(
                "An account with {Setting} already exists but {PasswordSetting} does not verify against its password; nobody was promoted to platform admin. Sign in as that account and set the configured password, or configure another email.",
                $"{BootstrapOptions.Section}:AdminEmail",
                $"{BootstrapOptions.Section}:AdminPassword");
            return;
        }

        existing.GrantPlatformAdmin();
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Promoted the existing bootstrap account to platform admin");
    }

    /// <summary>
    /// On an empty database (Development only): a demo owner, a Pro store and a full-permission key,
    /// returned so the host can print them once to the console (never to the log).
    /// </summary>
    public async Task<DemoCredentials?> SeedDemoAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            return await SeedDemoIfEmptyAsync(cancellationToken);
        }
        catch (DbException error) when (!_options.MigrateOnStartup)
        {
            logger.LogWarning("Demo data skipped: {Reason}", DatabaseUnavailableException.From(_options, error).Message);
            return null;
        }
    }

    private async Task<DemoCredentials?> SeedDemoIfEmptyAsync(CancellationToken cancellationToken)
    {
        if (await db.Stores.AnyAsync(cancellationToken))
        {
            return null;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        const string email = "demo@fluxstore.local";
        var password = secrets.Generate(16).Secret;
        var owner = await db.Users.FirstOrDefaultAsync(u => u.NormalizedEmail == User.Normalize(email), cancellationToken);
        if (owner is null)
        {
            owner = new User(email, "Demo owner", now);
            db.Users.Add(owner);
        }

        owner.SetPasswordHash(passwords.Hash(password));
        var store = new Store("Demo Store", "USD", now);
        store.ChangePlan(StorePlan.Pro, expiresAt: null);
        db.Stores.Add(store);
        db.StoreMembers.Add(new StoreMember(store.Id, owner.Id, isOwner: true, PermissionSet.Empty, now));

        var secret = secrets.Generate(ApiKey.SecretLength);
        var key = new ApiKey(store.Id, "Demo key", PermissionSet.Of(PermissionCatalog.AllApiKeyPermissions), null, secret.Hash, secret.Hint, now);
        db.ApiKeys.Add(key);
        await db.SaveChangesAsync(cancellationToken);
        return new DemoCredentials(email, password, store.Id, ApiKey.Format(store.Id, secret.Secret));
    }
}

public sealed record DemoCredentials(string Email, string Password, Guid StoreId, string ApiKey);
