using System.Net.Sockets;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>The database could not be used at start-up; <see cref="Exception.Message"/> is one line naming provider and host.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner)
{
    public static DatabaseUnavailableException From(DatabaseOptions options, Exception error)
    {
        var reason = Reason(error);
        if (options.Provider == DatabaseProvider.SqlServer && !Enumerate(error).Any(e => Kind(e) is not null)
            && DatabaseReachability.Probe(options) is { } found)
        {
            // SqlClient on Linux may say only "error: 35 - An internal exception was caught" over a socket error whose
            // text is "Success": one plain TCP connect to the same host and port names what failed.
            reason = $"{found} ({reason})";
        }

        return new($"Cannot use the {options.Provider} database at '{options.DescribeHost()}' (Database:ConnectionString): {reason}", error);
    }

    private static IEnumerable<Exception> Enumerate(Exception error)
    {
        var depth = 0;
        for (var e = error; e is not null && depth < 10; e = e.InnerException, depth++)
        {
            yield return e;
        }
    }

    /// <summary>
    /// What failed, in words: the kind (connection refused, host not found, timed out, login failed, database missing)
    /// from the socket or provider error wherever it sits in the chain, then the most specific message that says
    /// something (SqlClient on Linux wraps a socket error whose own text is "Success").
    /// </summary>
    public static string Reason(Exception error)
    {
        var chain = Enumerate(error).ToList();

        var kind = chain.Select(Kind).FirstOrDefault(k => k is not null);
        var message = chain.AsEnumerable().Reverse()
            .Select(e => e.Message.ReplaceLineEndings(" ").Trim())
            .FirstOrDefault(m => m.Length > 0 && !m.Equals("Success", StringComparison.OrdinalIgnoreCase)) ?? error.GetType().Name;
        if (message.Length > 300)
        {
            message = message[..300] + "…";
        }

        if (kind is null || message.Contains(kind, StringComparison.OrdinalIgnoreCase))
        {
            return message;
        }

        return kind.StartsWith(message.TrimEnd('.'), StringComparison.OrdinalIgnoreCase) ? kind : $"{kind} ({message})";
    }

    internal static string? SocketKind(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused: nothing is listening there",
        SocketError.TimedOut => "connection timed out",
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => "host not found",
        SocketError.HostUnreachable or SocketError.NetworkUnreachable => "host unreachable",
        SocketError.ConnectionReset => "connection reset by the server",
        _ => null,
    };

    private static string? Kind(Exception error) => error switch
    {
        SocketException socket => SocketKind(socket.SocketErrorCode),
        TimeoutException => "timed out",
        PostgresException { SqlState: "28P01" or "28000" } => "login failed",
        PostgresException { SqlState: "3D000" } => "the database does not exist",
        SqlException { Number: 18456 or 18452 or 18470 or 18487 or 18488 } => "login failed",
        SqlException { Number: 4060 } => "the database cannot be opened (missing, or the login has no access)",
        SqlException { Number: -2 } => "timed out",
        SqlException { Number: 10061 } => "connection refused: nothing is listening there",
        SqliteException { SqliteErrorCode: 14 } => "the database file cannot be opened",
        _ => null,
    };
}
