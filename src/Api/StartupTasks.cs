using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

namespace FluxStore.Management.Api;

internal static class StartupTasks
{
    /// <summary>Settings validation, migrations, the bootstrap admin, and in Development the demo store printed once.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        // Every validated setting is checked before the database is touched.
        app.Services.GetService<IStartupValidator>()?.Validate();

        using var scope = app.Services.CreateScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.InitializeAsync();

        if (app.Environment.IsDevelopment() && app.Services.GetRequiredService<IOptions<DemoOptions>>().Value.SeedDemo)
        {
            var demo = await initializer.SeedDemoAsync();
            if (demo is not null)
            {
                // Printed to the console once, never written to the log.
                Console.WriteLine($"""

                    ================ FluxStore demo (shown once) ================
                    Dashboard login : {demo.Email} / {demo.Password}
                    Demo store id   : {demo.StoreId}
                    Demo API key    : {demo.ApiKey}
                    Try it          : curl -H "X-Api-Key: {demo.ApiKey}" http://localhost:5080/{ApiSurfaces.StoreApi}/packages
                    =============================================================

                    """);
            }
        }
    }
}
