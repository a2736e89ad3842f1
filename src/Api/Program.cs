using FluxStore.Management.Api;
using FluxStore.Management.Api.Errors;
using FluxStore.Management.Api.Observability;
using FluxStore.Management.Api.OpenApi;
using FluxStore.Management.Api.RateLimiting;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.Extensions.Options;

var builder = WebApplication.CreateBuilder(args);

// `--export-openapi <path>`: write the OpenAPI document and exit (the build's OpenApi target). No database is touched.
var openApiExportPath = OpenApiExport.Prepare(builder, args);

builder.AddApplicationServices();
builder.AddInfrastructureServices();
builder.AddWebServices();
builder.AddDashboardHosting();
builder.AddObservability();

var app = builder.Build();
if (openApiExportPath is not null)
{
    await OpenApiExport.WriteAsync(app, openApiExportPath);
    return 0;
}

try
{
    await app.InitializeDatabaseAsync();
}
catch (Exception error) when (error is DatabaseUnavailableException or OptionsValidationException
                              && !app.Environment.IsEnvironment("Testing"))
{
    // One line for the operator, no stack trace: what is wrong and where. (Under the test host the exception
    // itself reaches WebApplicationFactory, whose callers assert on it.)
    Console.Error.WriteLine($"FluxStore did not start: {error.Message}");
    return 1;
}

app.UseForwardedHeaders();
app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = _ => Task.CompletedTask });
app.UseMetricsEndpoint(); // before the status-code pages: the metrics port answers a bare 404 for anything else
app.UseStatusCodePages(context => ErrorResponses.WriteAsync(context.HttpContext, context.HttpContext.Response.StatusCode));
app.UseMiddleware<RejectNulQueryMiddleware>();
app.UseFluxStoreOpenApi();
app.UseCors();
// Decides what it throttles from the endpoint routing selected (WebApplication runs UseRouting before this pipeline).
app.UseMiddleware<AnonymousEndpointGuardMiddleware>();
// Before UseAuthentication: a request refused for its address must not reach the key lookup.
app.UseMiddleware<StoreApiRateLimitMiddleware>();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<DashboardRateLimitMiddleware>(); // per user on /api/stores/*, before any permission check
app.UseMiddleware<FluxStore.Management.Api.Idempotency.IdempotencyMiddleware>(); // Idempotency-Key on POSTs, scoped to the authenticated caller

app.MapControllers();
app.MapDashboard();
app.MapRoot();
app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthResponses.WriteAsync });
app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready"), ResponseWriter = HealthResponses.WriteAsync });

app.Run();
return 0;

/// <summary>Entry point, visible to <c>WebApplicationFactory</c>.</summary>
public partial class Program;
