using System.Text;
using NSwag.Generation;

namespace FluxStore.Management.Api.OpenApi;

/// <summary>
/// <c>dotnet FluxStore.Management.Api.dll --export-openapi &lt;path&gt;</c>: builds the application (no server, no
/// database, no migrations), writes the OpenAPI 3.0 document to the file and exits. Used by the build to
/// produce <c>clients/openapi/fluxstore.json</c>.
/// </summary>
public static class OpenApiExport
{
    public const string Argument = "--export-openapi";

    /// <summary>Returns the output path when export was requested, after supplying the settings start-up needs.</summary>
    public static string? Prepare(WebApplicationBuilder builder, string[] args)
    {
        var index = Array.IndexOf(args, Argument);
        if (index < 0)
        {
            return null;
        }

        if (index + 1 >= args.Length || args[index + 1].StartsWith("--", StringComparison.Ordinal))
        {
            throw new ArgumentException($"{Argument} needs the output file path.");
        }

        // Never used: nothing connects or signs a token, but configuration validation needs values.
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "Sqlite",
            ["Database:ConnectionString"] = "Data Source=:memory:",
            ["Database:MigrateOnStartup"] = "false",
            ["FluxStore:Jwt:SigningKey"] = "openapi-export-only-not-a-secret-0123456789",
        });
        return Path.GetFullPath(args[index + 1]);
    }

    public static async Task WriteAsync(WebApplication app, string path)
    {
        var document = await app.Services.GetRequiredService<IOpenApiDocumentGenerator>().GenerateAsync(OpenApiSetup.DocumentName);
        var json = document.ToJson().ReplaceLineEndings("\n").TrimEnd('\n') + "\n";

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await File.WriteAllTextAsync(path, json, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        Console.WriteLine($"OpenAPI document written to {path}");
    }
}
