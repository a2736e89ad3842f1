using FluxStore.Management.Api.Dashboard;
using FluxStore.Management.Infrastructure.Configuration;
using Microsoft.AspNetCore.Cors.Infrastructure;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Serves the built dashboard app at <c>/dashboard</c> and applies the configured CORS origins.</summary>
public static class DashboardHosting
{
    private const string NotBuiltPage = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>FluxStore dashboard not built</title></head>
        <body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 3rem auto; line-height: 1.5">
        <h1>The dashboard is not built</h1>
        <p>Build it from the repository root with <code>./build.sh --target=DashboardBuild</code>
        (or <code>npm ci &amp;&amp; npm run build</code> in <code>clients/dashboard</code>), then reload this page.</p>
        </body></html>
        """;

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    public static IHostApplicationBuilder AddDashboardHosting(this IHostApplicationBuilder builder)
    {
        builder.Services.AddValidatedOptions<DashboardOptions>(builder.Configuration, DashboardOptions.Section);
        builder.Services.AddValidatedOptions<CorsSettings>(builder.Configuration, CorsSettings.Section);
        builder.Services.AddCors();
        builder.Services.AddOptions<CorsOptions>().Configure<IOptions<CorsSettings>>((cors, settings) =>
        {
            var origins = settings.Value.Origins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
            if (origins.Length == 0)
            {
                return; // no default policy: the CORS middleware adds nothing and browsers refuse cross-origin reads
            }

            cors.AddDefaultPolicy(policy => policy
                .WithOrigins(origins)
                .WithMethods("GET", "POST", "PUT", "PATCH", "DELETE")
                .WithHeaders("Authorization", "Content-Type", "Accept", "X-Api-Key", "X-Server-Key")
                .WithExposedHeaders("Retry-After", "X-RateLimit-Limit", "X-RateLimit-Remaining", "X-RateLimit-Reset")
                .SetPreflightMaxAge(TimeSpan.FromHours(1)));
        });
        return builder;
    }

    /// <summary>The <c>/dashboard</c> endpoints: the app's files, <c>index.html</c> for app routes, or a page saying how to build it.</summary>
    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/dashboard").ExcludeFromDescription();
        group.MapGet("/", (HttpContext context) => ServeAsync(context, string.Empty));
        group.MapGet("/{**path}", (HttpContext context, string? path) => ServeAsync(context, path ?? string.Empty));
        return endpoints;
    }

    /// <summary><c>GET /</c>: to the dashboard when it is built, else to the API explorer (<c>/swagger</c>).</summary>
    public static IEndpointRouteBuilder MapRoot(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/", (HttpContext context) =>
                Results.Redirect(File.Exists(System.IO.Path.Combine(Root(context), "index.html")) ? "/dashboard/" : FluxStore.Management.Api.OpenApi.OpenApiSetup.UiPath))
            .ExcludeFromDescription();
        return endpoints;
    }

    private static string Root(HttpContext context)
    {
        var options = context.RequestServices.GetRequiredService<IOptions<DashboardOptions>>().Value;
        var environment = context.RequestServices.GetRequiredService<IWebHostEnvironment>();
        return System.IO.Path.GetFullPath(options.Path, environment.ContentRootPath);
    }

    private static async Task ServeAsync(HttpContext context, string path)
    {
        var root = Root(context);
        var headers = context.Response.Headers;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";

        if (!File.Exists(System.IO.Path.Combine(root, "index.html")))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            headers.CacheControl = "no-store";
            await context.Response.WriteAsync(NotBuiltPage);
            return;
        }

        using var files = new PhysicalFileProvider(root);
        var file = files.GetFileInfo(path); // refuses paths that leave the root
        var isAsset = file.Exists && !file.IsDirectory && path.Length > 0;
        if (!isAsset)
        {
            if (System.IO.Path.HasExtension(path))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound; // a missing file, not an app route
                return;
            }

            file = files.GetFileInfo("index.html"); // the app's own routes
        }

        ContentTypes.TryGetContentType(file.Name, out var contentType);
        context.Response.ContentType = contentType ?? "application/octet-stream";
        // Vite names built assets by content hash; index.html must be revalidated to pick up a new build.
        headers.CacheControl = path.StartsWith("assets/", StringComparison.Ordinal) && isAsset
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        if (file.Name == "index.html")
        {
            headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";
        }

        await context.Response.SendFileAsync(file, context.RequestAborted);
    }
}
