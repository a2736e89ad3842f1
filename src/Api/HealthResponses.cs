using System.Text.Json;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace FluxStore.Management.Api;

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
