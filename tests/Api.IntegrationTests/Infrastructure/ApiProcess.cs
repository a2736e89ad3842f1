using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// The built API (<c>FluxStore.Management.Api.dll</c>) as a child process over a test database, configured through
/// environment variables like a real deployment: for the fault tests that kill it with SIGKILL or watch it exit.
/// </summary>
public sealed class ApiProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private ApiProcess(Process process, int port)
    {
        _process = process;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
        _process.OutputDataReceived += (_, e) => Append(e.Data);
        _process.ErrorDataReceived += (_, e) => Append(e.Data);
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
    }

    public Uri BaseAddress { get; }

    public bool HasExited => _process.HasExited;

    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote to stdout and stderr so far, one entry per line.</summary>
    public IReadOnlyList<string> OutputLines
    {
        get
        {
            lock (_output)
            {
                return _output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            }
        }
    }

    /// <summary>
    /// Starts the API on a free loopback port. <paramref name="settings"/> (configuration keys with <c>:</c>) override the
    /// defaults: Production environment, the bootstrap admin of <see cref="FluxStoreFactory"/>, the cheapest bcrypt,
    /// limits high enough for a burst, no webhook dispatcher, warnings only in the log.
    /// </summary>
    public static ApiProcess Start(string provider, string connectionString, string keysPath, IDictionary<string, string?>? settings = null)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "FluxStore.Management.Api.dll"));
        var environment = new Dictionary<string, string?>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["DOTNET_ENVIRONMENT"] = "Production",
            ["Urls"] = $"http://127.0.0.1:{port}",
            ["Database:Provider"] = provider,
            ["Database:ConnectionString"] = connectionString,
            ["Database:MigrateOnStartup"] = "true",
            ["FluxStore:Jwt:SigningKey"] = FluxStoreFactory.SigningKey,
            ["FluxStore:DataProtection:KeysPath"] = keysPath,
            ["FluxStore:Bootstrap:AdminEmail"] = FluxStoreFactory.AdminEmail,
            ["FluxStore:Bootstrap:AdminPassword"] = FluxStoreFactory.AdminPassword,
            ["FluxStore:Passwords:BcryptWorkFactor"] = "4",
            ["FluxStore:RateLimit:PermitLimit"] = "100000",
            ["FluxStore:RateLimit:InvalidKeyPermitLimit"] = "100000",
            ["FluxStore:AuthThrottle:AddressPermitLimit"] = "100000",
            ["FluxStore:Webhooks:DispatcherEnabled"] = "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            environment[key] = value;
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        return new ApiProcess(Process.Start(start)!, port);
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(100) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }

        return client;
    }

    /// <summary>Waits until <c>/health/ready</c> answers 200; fails with the process's output if it exits or times out.</summary>
    public async Task WaitUntilReadyAsync(TimeSpan timeout)
    {
        using var client = Client();
        client.Timeout = TimeSpan.FromSeconds(5);
        var ready = await Eventually.Until(
            async () =>
            {
                if (_process.HasExited)
                {
                    Assert.Fail($"The API exited with {_process.ExitCode}: {string.Join(Environment.NewLine, OutputLines)}");
                }

                try
                {
                    return (await client.GetAsync("/health/ready")).IsSuccessStatusCode;
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            timeout,
            TimeSpan.FromMilliseconds(200));
        if (ready)
        {
            return;
        }

        Assert.Fail($"The API was not ready within {timeout}: {string.Join(Environment.NewLine, OutputLines)}");
    }

    /// <summary>SIGKILL: no shutdown hooks, no flushing, requests in flight cut.</summary>
    public void Kill()
    {
        _process.Kill(entireProcessTree: false);
        _process.WaitForExit();
    }

    public async Task<bool> WaitForExitAsync(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
            _process.WaitForExit(); // drains the redirected output
            return true;
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    public ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
        return ValueTask.CompletedTask;
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.AppendLine(line);
        }
    }
}
