using System.Data.Common;
using Microsoft.Data.SqlClient;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// Recognises database errors that are the client's (or a concurrent client's) doing, and those that mean the database
/// cannot be used right now (down, restarting, unreachable, busy) rather than a fault of the request.
/// </summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787; // not always reported: the message is the fallback
    private const string PostgresForeignKeyViolation = "23503";

    // SQLite: the file is locked by another connection beyond the busy timeout, or cannot be opened or read.
    private static readonly HashSet<int> SqliteUnavailable = [5 /* BUSY */, 6 /* LOCKED */, 10 /* IOERR */, 14 /* CANTOPEN */];

    /// <summary>
    /// A write refused because a row it refers to is gone, or a row it deletes is still referred to: a concurrent
    /// change won (for instance a package moved into a category while it was being deleted).
    /// </summary>
    public static bool IsForeignKeyViolation(Exception exception) =>
        exception is DbUpdateException { InnerException: var inner } && inner switch
        {
            SqliteException s => s.SqliteErrorCode == SqliteConstraint
                && (s.SqliteExtendedErrorCode == SqliteConstraintForeignKey
                    || s.Message.Contains("FOREIGN KEY constraint failed", StringComparison.Ordinal)),
            PostgresException p => p.SqlState == PostgresForeignKeyViolation,
            _ => false,
        };

    /// <summary>
    /// The database cannot serve the request now, through no fault of the request: the connection was refused, broken
    /// or timed out; PostgreSQL is shutting down, starting up or out of connections (SQLSTATE class 08, 57P01–57P03,
    /// class 53); SQLite is busy or cannot open its file. Such a request may succeed when retried later (503).
    /// </summary>
    public static bool IsUnavailable(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            var unavailable = current switch
            {
                PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || p.SqlState.StartsWith("53", StringComparison.Ordinal)
                    || p.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow,
                SqliteException s => SqliteUnavailable.Contains(s.SqliteErrorCode),
                DbException d => d.IsTransient,
                _ => false,
            };
            if (unavailable)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// After <see cref="IsUnavailable"/>: drops the idle pooled connections of this database (those opened before an
    /// outage are dead), so the first requests after the database comes back do not fail on them one by one.
    /// </summary>
    public static void ForgetPooledConnections(DbConnection connection)
    {
        switch (connection)
        {
            case NpgsqlConnection npgsql:
                NpgsqlConnection.ClearPool(npgsql);
                break;
            case SqlConnection sqlServer:
                SqlConnection.ClearPool(sqlServer);
                break;
        }
    }
}
