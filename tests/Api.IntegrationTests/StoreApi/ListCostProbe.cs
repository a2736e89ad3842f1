using System.Diagnostics;
using FluxStore.Management.Api.IntegrationTests.Infrastructure;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.StoreApi;

/// <summary>
/// Not a test (explicit only): what one page of a Store API list costs in process, sequential requests through the
/// in-memory test server: SQL commands (EF's command log), bytes allocated and CPU time per request. The client's own
/// work is included, so compare the figures between builds, not with benchmarks/run.sh.
/// </summary>
[Explicit("a measurement: run by name")]
public sealed class ListCostProbe(string provider) : ApiTestBase(provider)
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:PermitLimit"] = "1000000000",
        ["Logging:LogLevel:Microsoft.EntityFrameworkCore.Query"] = "Debug",
    };

    [Test]
    public async Task MeasureTheStoreApiListPages()
    {
        var setup = await NewStoreWithKeyAsync();
        var rank = await PackageAsync(setup.Api, name: "Rank");
        var monthly = await PackageAsync(setup.Api, name: "Monthly", subscriptionInterval: new { value = 1, unit = "month" });
        for (var i = 0; i < 20; i++)
        {
            await OrderAsync(setup.Api, $"Player{i}", rank.Id);
            await OrderAsync(setup.Api, $"Subscriber{i}", monthly.Id);
        }

        var only = Environment.GetEnvironmentVariable("LISTCOST_URL");
        foreach (var url in only is not null ? [only] : new[] { "/api/v1/orders?take=20", "/api/v1/orders?limit=20", "/api/v1/customers?limit=20", "/api/v1/subscriptions?limit=20", "/api/v1/orders?take=20", "/api/v1/orders?status=paid&take=20" })
        {
            for (var i = 0; i < 300; i++)
            {
                (await setup.Api.GetAsync(url)).EnsureSuccessStatusCode();
            }

            int commands;
            var lines = Factory.Logs.Lines.Count;
            using (var counter = new CommandCounter())
            {
                for (var i = 0; i < 10; i++)
                {
                    (await setup.Api.GetAsync(url)).EnsureSuccessStatusCode();
                }

                commands = counter.Count / 10;
            }

            // A query compiled again on every request (EF's query cache missed) shows here.
            var compiled = Factory.Logs.Lines.Skip(lines).Count(l => l.Contains("Compiling query expression", StringComparison.Ordinal)) / 10.0;

            var n = int.TryParse(Environment.GetEnvironmentVariable("LISTCOST_N"), out var many) ? many : 2000; // more to trace it
            var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var allocated = GC.GetTotalAllocatedBytes(precise: true);
            var clock = Stopwatch.StartNew();
            for (var i = 0; i < n; i++)
            {
                using var response = await setup.Api.GetAsync(url);
                await response.Content.ReadAsByteArrayAsync();
            }

            clock.Stop();
            process.Refresh();
            TestContext.Out.WriteLine(
                $"{Provider} {url}: {commands} SQL commands, {compiled:F1} query compilations, {(GC.GetTotalAllocatedBytes(precise: true) - allocated) / n / 1024.0:F1} KiB, "
                + $"{(process.TotalProcessorTime - cpu).TotalMilliseconds / n:F3} ms CPU, {clock.Elapsed.TotalMilliseconds / n:F3} ms wall per request");
        }
    }

    /// <summary>EF's "command executed" diagnostic events while it lives (every DbContext of the process).</summary>
    private sealed class CommandCounter : IObserver<DiagnosticListener>, IObserver<KeyValuePair<string, object?>>, IDisposable
    {
        private readonly List<IDisposable> _subscriptions = [];
        private int _count;

        public CommandCounter() => _subscriptions.Add(DiagnosticListener.AllListeners.Subscribe(this));

        public int Count => _count;

        public void OnNext(DiagnosticListener value)
        {
            if (value.Name == "Microsoft.EntityFrameworkCore")
            {
                lock (_subscriptions)
                {
                    _subscriptions.Add(value.Subscribe(this));
                }
            }
        }

        public void OnNext(KeyValuePair<string, object?> value)
        {
            if (value.Key == "Microsoft.EntityFrameworkCore.Database.Command.CommandExecuted"
                && value.Value?.ToString() is { } text && !text.Contains("credential_changes", StringComparison.Ordinal) && !text.Contains("webhook", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref _count);
            }
        }

        public void OnCompleted()
        {
        }

        public void OnError(Exception error)
        {
        }

        public void Dispose()
        {
            lock (_subscriptions)
            {
                _subscriptions.ForEach(s => s.Dispose());
            }
        }
    }
}
