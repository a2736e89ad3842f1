using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FluxStore.Management.Api;

/// <summary>
/// The health endpoints' body: the overall status and, per check, its status and description
/// (<c>database</c>, <c>outbox</c>, <c>commandQueue</c> on <c>/health/ready</c>). Degraded still answers 200.
/// </summary>
internal static class HealthResponses
{
    public static Task WriteAsync(HttpContext context, HealthReport report)
    {
        context.Response.ContentType = "application/json; charset=utf-8";
        var body = new ApiResponse<object>
        {
            Success = report.Status != HealthStatus.Unhealthy,
            Data = new
            {
                status = report.Status.ToString(),
                checks = report.Entries.ToDictionary(
                    e => e.Key,
                    e => new { status = e.Value.Status.ToString(), description = e.Value.Description }),
            },
            Message = report.Status switch
            {
                HealthStatus.Healthy => null,
                HealthStatus.Degraded => "Degraded: " + string.Join(", ", report.Entries.Where(e => e.Value.Status != HealthStatus.Healthy).Select(e => e.Key)) + ".",
                _ => "The service is not ready.",
            },
        };
        return context.Response.WriteAsync(JsonSerializer.Serialize(body, JsonSerializerOptions.Web));
    }
}
