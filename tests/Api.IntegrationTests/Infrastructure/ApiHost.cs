using System.Collections.Concurrent;
using FluxStore.Management.Domain.Users;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Respawn;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// One booted API over its own database, reset to empty (bar the migrations history and the bootstrap admin) before
/// every test with Respawn. <see cref="GetAsync"/> hands out one shared instance per provider and configuration for the
/// whole test run; <see cref="TestRun"/> disposes them all (and drops their databases) when the run ends.
/// </summary>
/// <remarks>
/// Each configuration gets its own database, not only its own API: every instance runs the webhook dispatcher over its
/// database's outbox, and a dispatcher with another configuration (private targets, retry delays) must never pick up
/// a delivery of a test that is not its own.
/// </remarks>
public sealed class ApiHost : IAsyncDisposable
{
    private static readonly ConcurrentDictionary<HostKey, Lazy<Task<ApiHost>>> Shared = new();

    private readonly Respawner _respawner;
    private readonly User _admin;

    private ApiHost(TestDatabase database, FluxStoreFactory factory, Respawner respawner, User admin)
    {
        Database = database;
        Factory = factory;
        _respawner = respawner;
        _admin = admin;
    }

    public TestDatabase Database { get; }

    public FluxStoreFactory Factory { get; }

    /// <summary>The bootstrap platform admin's id (the same after every reset).</summary>
    public Guid AdminId => _admin.Id;

    /// <summary>The run-wide instance for this provider and configuration (booted on first use).</summary>
    public static Task<ApiHost> GetAsync(string provider, IDictionary<string, string?> settings, TimeProvider? clock)
    {
        var key = new HostKey(provider, string.Join('\n', settings.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}")), clock);
        return Shared.GetOrAdd(key, k => new Lazy<Task<ApiHost>>(() => StartAsync(k.Provider, settings, k.Clock))).Value;
    }

    /// <summary>A private instance (the caller disposes it): for a test that stops its API.</summary>
    public static async Task<ApiHost> StartAsync(string provider, IDictionary<string, string?> settings, TimeProvider? clock)
    {
        var database = await TestDatabase.CreateAsync(provider);
        var factory = new FluxStoreFactory(database, settings, clock);
        _ = factory.Server; // boot now: migrations and the bootstrap admin run here, not inside the first test

        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var adminEmail = User.Normalize(FluxStoreFactory.AdminEmail);
        var admin = await db.Users.AsNoTracking().SingleAsync(u => u.NormalizedEmail == adminEmail);

        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        var respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = provider switch
            {
                "Sqlite" => DbAdapter.Sqlite,
                "Postgres" => DbAdapter.Postgres,
                "SqlServer" => DbAdapter.SqlServer,
                _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, null),
            },
            TablesToIgnore = ["__EFMigrationsHistory", "__EFMigrationsLock"],
        });
        return new ApiHost(database, factory, respawner, admin);
    }

    /// <summary>Disposes every shared instance and drops its database (the end of the run).</summary>
    public static async Task DisposeSharedAsync()
    {
        foreach (var host in Shared.Values.Where(h => h.IsValueCreated && h.Value.IsCompletedSuccessfully))
        {
            await host.Value.Result.DisposeAsync();
        }

        Shared.Clear();
    }

    /// <summary>Empties every table (the migrations history stays) and puts the bootstrap admin back as it was at start-up.</summary>
    public async Task ResetAsync()
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync();
        await _respawner.ResetAsync(connection);

        // The same row (id, password hash) as at start-up: no re-hashing, and an admin token issued earlier stays valid.
        db.Users.Add(_admin);
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Factory.DisposeAsync();
        await Database.DisposeAsync();
    }

    private sealed record HostKey(string Provider, string Settings, TimeProvider? Clock);
}
