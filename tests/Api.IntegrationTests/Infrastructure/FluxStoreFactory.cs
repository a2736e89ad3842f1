using OpenTelemetry.Trace;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>The real API over a real database, configured for tests.</summary>
public sealed class FluxStoreFactory(TestDatabase database, IDictionary<string, string?>? overrides = null, TimeProvider? clock = null)
    : WebApplicationFactory<Program>
{
    public const string AdminEmail = "operator@fluxstore.test";
    public const string AdminPassword = "operator-password-123";
    public const string SigningKey = "integration-tests-signing-key-0123456789abcdef";

    public TestDatabase Database { get; } = database;

    /// <summary>What the API logged (filtered by the fixture's <c>Logging:LogLevel:*</c> settings).</summary>
    public CapturedLogs Logs { get; } = new();

    /// <summary>The spans the in-memory exporter received (tracing on only): read with <see cref="SpansNow"/>.</summary>
    public List<System.Diagnostics.Activity> Spans { get; } = [];

    /// <summary>A copy of <see cref="Spans"/> that is safe to read while the exporter adds to it.</summary>
    public IReadOnlyList<System.Diagnostics.Activity> SpansNow()
    {
        lock (Spans)
        {
            return Spans.ToArray().Where(a => a is not null).ToList();
        }
    }

    /// <summary>This API's Data Protection key ring (gift card codes), removed with the factory.</summary>
    public string KeysPath { get; } = Path.Combine(Path.GetTempPath(), $"fluxstore-test-keys-{Guid.NewGuid():N}");

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(KeysPath, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureTestServices(services =>
        {
            // Lets the error-mapping tests reach a controller that throws.
            services.AddControllers().AddApplicationPart(typeof(FluxStoreFactory).Assembly);
            services.AddSingleton<Microsoft.Extensions.Logging.ILoggerProvider>(Logs);
            // Spans, when the settings turn tracing on (FluxStore:Tracing:Enabled); inert otherwise.
            services.ConfigureOpenTelemetryTracerProvider(t => t.AddInMemoryExporter(Spans));
            if (clock is not null)
            {
                services.AddSingleton(clock);
            }

            services.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, TestPeerAddress>();

            // X-Test-Fault: a fault right after a commit (see CommitFaults); inert without the header.
            var faults = new CommitFaults();
            services.AddSingleton<Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor>(faults);
            services.Configure<Microsoft.AspNetCore.Mvc.MvcOptions>(o => o.Filters.Add(faults));
        });
        // UseSetting (not ConfigureAppConfiguration): Program reads configuration while building services.
        {
            var settings = new Dictionary<string, string?>
            {
                ["Database:Provider"] = Database.Provider,
                ["Database:ConnectionString"] = Database.ConnectionString,
                ["Database:MigrateOnStartup"] = "true",
                ["FluxStore:Jwt:SigningKey"] = SigningKey,
                ["FluxStore:DataProtection:KeysPath"] = KeysPath,
                ["FluxStore:Bootstrap:AdminEmail"] = AdminEmail,
                ["FluxStore:Bootstrap:AdminPassword"] = AdminPassword,
                // The spec's limits (30 requests per key per minute) and the product's other throttles, as shipped:
                // ApiTestBase empties the counters before every test, and a test that needs more sets its own.
                ["FluxStore:RateLimit:PermitLimit"] = "30",
                ["FluxStore:RateLimit:WindowSeconds"] = "60",
                ["Logging:LogLevel:Default"] = "Warning",
                // bcrypt at its lowest cost keeps the many sign-ups of the suite fast; PasswordHashingTests uses a real one.
                ["FluxStore:Passwords:BcryptWorkFactor"] = "4",
            };
            foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
            {
                settings[key] = value;
            }

            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
