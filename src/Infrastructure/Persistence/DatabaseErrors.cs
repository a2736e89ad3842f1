using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>Recognises database errors that are the client's (or a concurrent client's) doing, not the server's.</summary>
public static class DatabaseErrors
{
    private const int SqliteConstraint = 19;
    private const int SqliteConstraintForeignKey = 787; // not always reported: the message is the fallback
    private const string PostgresForeignKeyViolation = "23503";

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
}
