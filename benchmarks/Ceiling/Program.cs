// The ceiling for benchmarks/run.sh: a bare ASP.NET Core app that answers each benchmarked request with the
// exact bytes the product returned for it (captured by run.sh), from memory. No authentication, database,
// MVC or JSON work: what is left is Kestrel, routing of one middleware and the write.
//
// Usage: dotnet FluxStore.Management.Ceiling.dll <responses directory> --urls http://127.0.0.1:PORT
// The directory holds `manifest.tsv` (method, path with query, status, body file per line) and the bodies.
using System.Collections.Frozen;

if (args.Length == 0 || args[0].StartsWith("--", StringComparison.Ordinal))
{
    throw new ArgumentException("usage: Ceiling <responses directory> [--urls http://127.0.0.1:PORT]");
}

var directory = args[0];

var responses = File.ReadAllLines(Path.Combine(directory, "manifest.tsv"))
    .Where(line => line.Length > 0)
    .Select(line => line.Split('\t'))
    .ToFrozenDictionary(
        f => f[0] + " " + f[1],
        f => (Status: int.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture), Body: File.ReadAllBytes(Path.Combine(directory, f[3]))),
        StringComparer.Ordinal);

var builder = WebApplication.CreateSlimBuilder(args[1..]);
builder.Logging.ClearProviders();
var app = builder.Build();

app.Run(context =>
{
    var request = context.Request;
    if (!responses.TryGetValue(request.Method + " " + request.Path.Value + request.QueryString.Value, out var response))
    {
        context.Response.StatusCode = StatusCodes.Status404NotFound;
        return Task.CompletedTask;
    }

    context.Response.StatusCode = response.Status;
    context.Response.ContentType = "application/json; charset=utf-8";
    context.Response.ContentLength = response.Body.Length;
    return context.Response.Body.WriteAsync(response.Body).AsTask();
});

app.Run();
