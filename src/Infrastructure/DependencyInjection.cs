using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Infrastructure.Authentication;
using FluxStore.Management.Infrastructure.Caching;
using FluxStore.Management.Infrastructure.Configuration;
using FluxStore.Management.Infrastructure.Persistence;
using FluxStore.Management.Infrastructure.Persistence.Providers;
using FluxStore.Management.Infrastructure.Plugin;
using FluxStore.Management.Infrastructure.Security;
using FluxStore.Management.Infrastructure.Time;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class InfrastructureDependencyInjection
{
    public static IHostApplicationBuilder AddInfrastructureServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddValidatedOptions<DatabaseOptions>(builder.Configuration, DatabaseOptions.Section);

        // The provider decides the context type (each has its own migrations), so it is read while registering.
        var options = DatabaseOptions.Read(builder.Configuration);
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                services.AddDbContextPool<ApplicationDbContext, PostgresApplicationDbContext>(ConfigureDatabase);
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<ApplicationDbContext, SqlServerApplicationDbContext>(ConfigureDatabase);
                break;
            default:
                services.AddDbContextPool<ApplicationDbContext, SqliteApplicationDbContext>(ConfigureDatabase);
                break;
        }

        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());

        services.AddSingleton<TimeProvider>(new MicrosecondClock());
        services.AddSingleton<ISecretHasher, SecretHasher>();
        services.AddValidatedOptions<PasswordOptions>(builder.Configuration, PasswordOptions.Section);
        services.AddSingleton<IPasswordService, PasswordService>();
        services.AddScoped<ICredentialLookup, CredentialLookup>();
        services.AddSingleton<ApiKeyUsageRecorder>();
        services.AddSingleton<ApiKeyDirectory>();
        services.AddSingleton<ServerKeyDirectory>();
        services.AddScoped<IPlatformAdmins, PlatformAdminLookup>();
        services.AddValidatedOptions<CredentialCacheOptions>(builder.Configuration, CredentialCacheOptions.Section);
        services.AddSingleton<StoreChangeSignal>();
        services.AddSingleton<IStoreChangeSignal>(provider => provider.GetRequiredService<StoreChangeSignal>());
        services.AddSingleton<StoreChangeInterceptor>();
        services.AddHostedService<StoreChangeWatcher>();
        services.AddSingleton<CredentialCache>();
        services.AddSingleton<StoreReadCache>();
        services.AddSingleton<IStoreReadCache>(provider => provider.GetRequiredService<StoreReadCache>());
        services.AddValidatedOptions<BootstrapOptions>(builder.Configuration, BootstrapOptions.Section);
        services.AddScoped<ICommandLeaser, CommandLeaser>();
        services.AddSingleton<FluxStore.Management.Infrastructure.Subscriptions.SubscriptionSweeper>();
        services.AddHostedService(provider => provider.GetRequiredService<FluxStore.Management.Infrastructure.Subscriptions.SubscriptionSweeper>());
        services.AddScoped<DatabaseInitializer>();
        AddDataProtection(builder, options);
        builder.AddRateLimiting();
        builder.AddWebhooks();
        builder.AddIdempotency();
        services.AddValidatedOptions<FluxStore.Management.Infrastructure.Retention.RetentionOptions>(
            builder.Configuration, FluxStore.Management.Infrastructure.Retention.RetentionOptions.Section);
        services.AddHostedService<FluxStore.Management.Infrastructure.Retention.RetentionPruner>();
        return builder;
    }

    private static void ConfigureDatabase(IServiceProvider provider, DbContextOptionsBuilder builder) =>
        provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Configure(builder)
            .ReplaceService<System.Diagnostics.DiagnosticSource, CommandEventsOnlyListener>()
            .AddInterceptors(provider.GetRequiredService<StoreChangeInterceptor>())
            .AddInterceptors(provider.GetServices<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>()); // none by default; tests add fault hooks

    /// <summary>
    /// The key ring that encrypts gift card codes lives outside the database, in
    /// <c>FluxStore:DataProtection:KeysPath</c> (default: a <c>keys</c> folder beside the SQLite file, or in the
    /// content root). Losing it makes stored codes unreadable; several instances must share it.
    /// </summary>
    private static void AddDataProtection(IHostApplicationBuilder builder, DatabaseOptions database)
    {
        var defaultKeysPath = Path.Combine(DefaultKeysParent(builder, database), "keys");
        var contentRoot = builder.Environment.ContentRootPath;
        builder.Services.AddValidatedOptions<DataProtectionKeysOptions>(builder.Configuration, DataProtectionKeysOptions.Section);
        builder.Services
            .AddDataProtection()
            .SetApplicationName("FluxStore");
        builder.Services.AddOptions<KeyManagementOptions>()
            .Configure<IOptions<DataProtectionKeysOptions>, ILoggerFactory>((keyManagement, keys, logs) =>
            {
                var keysPath = string.IsNullOrWhiteSpace(keys.Value.KeysPath) ? defaultKeysPath : keys.Value.KeysPath;
                keyManagement.XmlRepository = new FileSystemXmlRepository(new DirectoryInfo(Path.GetFullPath(keysPath, contentRoot)), logs);
            });
        builder.Services.AddSingleton<IGiftCardCodeProtector, GiftCardCodeProtector>();
        builder.Services.AddSingleton<IListCursorProtector, ListCursorProtector>();
    }

    private static string DefaultKeysParent(IHostApplicationBuilder builder, DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(database.EffectiveConnectionString).DataSource;
            if (!string.IsNullOrWhiteSpace(dataSource) && dataSource != ":memory:" && !dataSource.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
            {
                var directory = Path.GetDirectoryName(Path.GetFullPath(dataSource));
                if (!string.IsNullOrEmpty(directory))
                {
                    return directory;
                }
            }
        }

        return builder.Environment.ContentRootPath;
    }
}
