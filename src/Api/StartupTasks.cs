using System.Text.Json;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FluxStore.Management.Api;

internal static class StartupTasks
{
    /// <summary>Migrations, the bootstrap admin, and in Development the demo store printed once.</summary>
    public static async Task InitializeDatabaseAsync(this WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        var initializer = scope.ServiceProvider.GetRequiredService<DatabaseInitializer>();
        await initializer.MigrateAsync();
        await initializer.EnsureBootstrapAdminAsync();

        if (app.Environment.IsDevelopment() && app.Configuration.GetValue("FluxStore:SeedDemo", true))
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
                    Try it          : curl -H "X-Api-Key: {demo.ApiKey}" http://localhost:5080/api/v1/packages
                    =============================================================

                    """);
            }
        }
    }
}

internal static class HealthResponses
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var healthy = report.Status == HealthStatus.Healthy;
        var body = new ApiResponse<object>
        {
            Success = healthy,
            Data = new { status = report.Status.ToString() },
            Message = healthy ? null : "The service is not ready.",
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
