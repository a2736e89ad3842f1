using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.Authentication;
using FluxStore.Management.Infrastructure.Persistence;
using FluxStore.Management.Infrastructure.Security;
using FluxStore.Management.Infrastructure.Time;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class InfrastructureDependencyInjection
{
    public static IHostApplicationBuilder AddInfrastructureServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = DatabaseOptions.From(builder.Configuration);
        services.AddSingleton(options);
        services.AddDbContextPool<ApplicationDbContext>(db => options.Configure(db));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());

        services.AddSingleton<TimeProvider>(new MicrosecondClock());
        services.AddSingleton<ISecretHasher, SecretHasher>();
        services.AddSingleton<IPasswordService, PasswordService>();
        services.AddScoped<ICredentialLookup, CredentialLookup>();
        services.AddSingleton<ApiKeyUsageRecorder>();
        services.AddScoped<DatabaseInitializer>();
        AddDataProtection(builder, options);
        builder.AddRateLimiting();
        builder.AddWebhooks();
        return builder;
    }

    /// <summary>
    /// The key ring that encrypts gift card codes lives outside the database, in
    /// <c>FluxStore:DataProtection:KeysPath</c> (default: a <c>keys</c> folder beside the SQLite file, or in the
    /// content root). Losing it makes stored codes unreadable; several instances must share it.
    /// </summary>
    private static void AddDataProtection(IHostApplicationBuilder builder, DatabaseOptions database)
    {
        var keysPath = builder.Configuration["FluxStore:DataProtection:KeysPath"];
        if (string.IsNullOrWhiteSpace(keysPath))
        {
            keysPath = Path.Combine(DefaultKeysParent(builder, database), "keys");
        }

        builder.Services
            .AddDataProtection()
            .SetApplicationName("FluxStore")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.GetFullPath(keysPath, builder.Environment.ContentRootPath)));
        builder.Services.AddSingleton<IGiftCardCodeProtector, GiftCardCodeProtector>();
    }

    private static string DefaultKeysParent(IHostApplicationBuilder builder, DatabaseOptions database)
    {
        if (database.Provider == DatabaseProvider.Sqlite)
        {
            var dataSource = new SqliteConnectionStringBuilder(database.ConnectionString).DataSource;
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
