using System.Net.Sockets;
using Microsoft.Data.SqlClient;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// One plain TCP connect to the database's host and port, to name a connection failure the provider's own error
/// does not (connection refused, host not found, timed out). Only for start-up messages: it is never on a request path.
/// </summary>
public static class DatabaseReachability
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(3);

    /// <summary>What failed, or null when the port accepts connections or the address cannot be probed (named instances).</summary>
    public static string? Probe(DatabaseOptions options)
    {
        if (SqlServerEndpoint(options) is not var (host, port))
        {
            return null;
        }

        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(Timeout);
            client.ConnectAsync(host, port, timeout.Token).AsTask().GetAwaiter().GetResult();
            return null;
        }
        catch (SocketException error)
        {
            return DatabaseUnavailableException.SocketKind(error.SocketErrorCode);
        }
        catch (OperationCanceledException)
        {
            return "connection timed out";
        }
    }

    private static (string Host, int Port)? SqlServerEndpoint(DatabaseOptions options)
    {
        string source;
        try
        {
            source = new SqlConnectionStringBuilder(options.EffectiveConnectionString).DataSource;
        }
        catch (ArgumentException)
        {
            return null;
        }

        if (source.StartsWith("tcp:", StringComparison.OrdinalIgnoreCase))
        {
            source = source[4..];
        }

        if (source.Length == 0 || source.Contains('\\', StringComparison.Ordinal) || source.Contains(':', StringComparison.Ordinal))
        {
            return null; // a named instance (its port comes from the browser service) or a pipe / shared-memory address
        }

        var comma = source.IndexOf(',', StringComparison.Ordinal);
        if (comma < 0)
        {
            return (source is "." or "(local)" ? "127.0.0.1" : source, 1433);
        }

        return int.TryParse(source[(comma + 1)..].Trim(), out var port) && port is > 0 and < 65536
            ? (source[..comma].Trim(), port)
            : null;
    }
}
