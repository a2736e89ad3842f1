using FluxStore.Management.Application.Common.Telemetry;
using FluxStore.Management.Infrastructure.Configuration;
using FluxStore.Management.Infrastructure.Observability;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Logging.Console;
using Microsoft.Extensions.Options;
using Npgsql;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace FluxStore.Management.Api.Observability;

/// <summary>
/// Logs (text or JSON with trace ids), traces (OpenTelemetry: ASP.NET Core, HttpClient, EF Core, Npgsql and the
/// <c>FluxStore</c> source of the background workers) and metrics (the <c>FluxStore</c> meter, ASP.NET Core's and the
/// runtime's), exported over OTLP when <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> is set and scraped at <c>/metrics</c> when
/// <c>FluxStore:Metrics:Prometheus</c> is true. With all of it off nothing listens and the instruments cost nothing.
/// </summary>
public static class ObservabilitySetup
{
    public const string MetricsPath = "/metrics";

    public static IHostApplicationBuilder AddObservability(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var configuration = builder.Configuration;
        services.AddValidatedOptions<MetricsOptions>(configuration, MetricsOptions.Section);
        services.AddValidatedOptions<LoggingFormatOptions>(configuration, LoggingFormatOptions.Section);
        services.AddValidatedOptions<TracingOptions>(configuration, TracingOptions.Section);
        services.AddSingleton<QueueBacklog>();
        BacklogHealthCheck.AddBacklogChecks(services.AddHealthChecks());

        builder.Logging.Configure(o => o.ActivityTrackingOptions =
            ActivityTrackingOptions.TraceId | ActivityTrackingOptions.SpanId | ActivityTrackingOptions.ParentId);
        if (configuration.GetSection(LoggingFormatOptions.Section).Get<LoggingFormatOptions>() is { IsJson: true })
        {
            builder.Logging.AddJsonConsole(o =>
            {
                o.IncludeScopes = true;
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ";
            });
        }

        var metrics = MetricsOptions.Read(configuration);
        FluxStoreTelemetry.PerStore = metrics.PerStore;
        var otlp = !string.IsNullOrWhiteSpace(configuration[TracingOptions.OtlpEndpointVariable]);
        var tracing = otlp || configuration.GetSection(TracingOptions.Section).Get<TracingOptions>() is { Enabled: true };
        if (!tracing && !otlp && !metrics.Prometheus)
        {
            return builder;
        }

        var telemetry = services.AddOpenTelemetry().ConfigureResource(r => r.AddService(FluxStoreTelemetry.Name));
        if (tracing)
        {
            telemetry.WithTracing(t =>
            {
                t.AddSource(FluxStoreTelemetry.Name)
                    .AddAspNetCoreInstrumentation(o => o.Filter = context => !IsOperational(context.Request.Path))
                    .AddHttpClientInstrumentation();
                if (DatabaseOptions.Read(configuration).Provider == DatabaseProvider.Postgres)
                {
                    // Npgsql's own spans (the same statement, timed on the wire; idle polls filtered in DatabaseOptions);
                    // EF Core's would be a second span around each (docs/decisions/0029-tracing-cost.md).
                    t.AddNpgsql();
                }
                else
                {
                    // A command outside any span is a background poll's idle query (several a second): not traced. (The
                    // filter runs once the command's own span is current: keep it when that span has a parent.)
                    t.AddEntityFrameworkCoreInstrumentation(o => o.Filter = (_, _) => System.Diagnostics.Activity.Current?.Parent is not null);
                }
                if (otlp)
                {
                    t.AddOtlpExporter();
                }
            });
        }

        if (otlp || metrics.Prometheus)
        {
            telemetry.WithMetrics(m =>
            {
                m.AddMeter(FluxStoreTelemetry.Name)
                    .AddAspNetCoreInstrumentation()
                    .AddHttpClientInstrumentation()
                    .AddRuntimeInstrumentation();
                if (metrics.Prometheus)
                {
                    m.AddPrometheusExporter();
                }

                if (otlp)
                {
                    m.AddOtlpExporter();
                }
            });
        }

        return builder;
    }

    /// <summary>
    /// <c>GET /metrics</c> when enabled: on the API's addresses, or with <c>FluxStore:Metrics:Port</c> on that port
    /// only (which then serves nothing else). Middleware, not an endpoint, so it is not in the OpenAPI document.
    /// </summary>
    public static WebApplication UseMetricsEndpoint(this WebApplication app)
    {
        var options = app.Services.GetRequiredService<IOptions<MetricsOptions>>().Value;
        if (!options.Prometheus)
        {
            return app;
        }

        app.Services.GetRequiredService<QueueBacklog>().PublishGauges();
        app.Lifetime.ApplicationStopping.Register(() => app.Services.GetRequiredService<QueueBacklog>().Unpublish());
        if (options.Port is not { } port)
        {
            app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Request.Path == MetricsPath);
            return app;
        }

        ListenAlsoOn(app, port);
        app.UseOpenTelemetryPrometheusScrapingEndpoint(context => context.Connection.LocalPort == port && context.Request.Path == MetricsPath);
        app.Use((context, next) =>
        {
            if (context.Connection.LocalPort != port)
            {
                return next(context);
            }

            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
        return app;
    }

    private static bool IsOperational(PathString path) =>
        path.StartsWithSegments(MetricsPath) || path.StartsWithSegments("/health");

    /// <summary>
    /// Adds <c>http://*:port</c> to the server's addresses. Once any address is set the configured ones
    /// (<c>--urls</c>, <c>ASPNETCORE_URLS</c>, <c>ASPNETCORE_HTTP_PORTS</c>) are no longer read by the host, so they are
    /// copied first. (Endpoints configured under <c>Kestrel:Endpoints</c> replace all of this: add the port there.)
    /// </summary>
    private static void ListenAlsoOn(WebApplication app, int port)
    {
        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses;
        if (addresses is null || addresses.IsReadOnly)
        {
            return;
        }

        if (addresses.Count == 0)
        {
            var configured = Split(app.Configuration["urls"]).ToList();
            configured.AddRange(Split(app.Configuration["http_ports"]).Select(p => $"http://*:{p}"));
            configured.AddRange(Split(app.Configuration["https_ports"]).Select(p => $"https://*:{p}"));
            foreach (var address in configured.Count > 0 ? configured : ["http://localhost:5000"])
            {
                addresses.Add(address);
            }
        }

        addresses.Add($"http://*:{port}");
    }

    private static IEnumerable<string> Split(string? value) =>
        (value ?? string.Empty).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
