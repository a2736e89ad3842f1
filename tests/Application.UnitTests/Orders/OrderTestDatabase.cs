using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Infrastructure.Persistence;
using FluxStore.Management.Infrastructure.Persistence.Providers;
using FluxStore.Management.Infrastructure.Security;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace FluxStore.Management.Application.UnitTests.Orders;

/// <summary>
/// A private in-memory SQLite database with the product's model and the Application's services as registered
/// (<c>AddApplicationServices</c>), for the order collaborators that read and write rows. The store read cache
/// always loads; the webhook outbox is a mock whose calls a test can check.
/// </summary>
internal sealed class OrderTestDatabase : IDisposable
{
    public static readonly DateTime Now = new(2026, 3, 1, 12, 0, 0, DateTimeKind.Utc);

    private readonly SqliteConnection _connection = new("Data Source=:memory:");
    private readonly ServiceProvider _services;

    public OrderTestDatabase()
    {
        _connection.Open();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.AddApplicationServices();
        builder.Services.AddDbContext<SqliteApplicationDbContext>(o => o.UseSqlite(_connection).AddInterceptors(Faults));
        builder.Services.AddScoped<IApplicationDbContext>(p => p.GetRequiredService<SqliteApplicationDbContext>());
        builder.Services.AddSingleton<IStoreReadCache, LoadingCache>();
        builder.Services.AddSingleton<ISecretHasher, SecretHasher>();
        builder.Services.AddSingleton(Webhooks.Object);
        builder.Services.AddSingleton(TimeProvider.System);
        _services = builder.Services.BuildServiceProvider();
        Scope = _services.CreateScope();
        Db.Database.EnsureCreated();
        Store = new Store("Test store", "EUR", Now);
        Db.Stores.Add(Store);
        Lobby = new GameServer(Store.Id, "Lobby", [1, 2, 3], "abcd", Now);
        Db.GameServers.Add(Lobby);
        Db.SaveChanges();
    }

    public Mock<IWebhookOutbox> Webhooks { get; } = new();

    /// <summary>Makes the next saves fail as a lost race would (a <see cref="DbUpdateException"/>).</summary>
    public SaveFaults Faults { get; } = new();

    public IServiceScope Scope { get; private set; }

    public SqliteApplicationDbContext Db => Scope.ServiceProvider.GetRequiredService<SqliteApplicationDbContext>();

    public Store Store { get; }

    public GameServer Lobby { get; }

    public T Get<T>() where T : notnull => Scope.ServiceProvider.GetRequiredService<T>();

    /// <summary>A new unit of work, as the next request would have: nothing tracked.</summary>
    public void NextRequest()
    {
        Scope.Dispose();
        Scope = _services.CreateScope();
    }

    public Package AddPackage(string name, long priceCents, Action<Package>? configure = null)
    {
        var package = new Package(Store.Id, name, Now) { PriceCents = priceCents };
        package.ReplaceServers([Lobby.Id]);
        package.ReplaceCommands([new PackageCommand(CommandStage.Purchase, "give {username} " + name, false, null)]);
        configure?.Invoke(package);
        Db.Packages.Add(package);
        Db.SaveChanges();
        return package;
    }

    public void Dispose()
    {
        Scope.Dispose();
        _services.Dispose();
        _connection.Dispose();
    }

    public sealed class SaveFaults : SaveChangesInterceptor
    {
        public int FailNext { get; set; }

        public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
            DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            if (FailNext > 0)
            {
                FailNext--;
                throw new DbUpdateException("Simulated: a concurrent order won the race.");
            }

            return base.SavingChangesAsync(eventData, result, cancellationToken);
        }
    }

    private sealed class LoadingCache : IStoreReadCache
    {
        public Task<T> GetOrLoadAsync<T>(Guid storeId, Func<CancellationToken, Task<T>> load, CancellationToken cancellationToken)
            where T : class => load(cancellationToken);
    }
}
