namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>The database could not be used at start-up; <see cref="Exception.Message"/> is one line naming provider and host.</summary>
public sealed class DatabaseUnavailableException(string message, Exception inner) : Exception(message, inner)
{
    public static DatabaseUnavailableException From(DatabaseOptions options, Exception error)
    {
        var reason = error.GetBaseException().Message.ReplaceLineEndings(" ").Trim();
        if (reason.Length > 300)
        {
            reason = reason[..300] + "…";
        }

        return new DatabaseUnavailableException(
            $"Cannot use the {options.Provider} database at '{options.DescribeHost()}' (Database:ConnectionString): {reason}", error);
    }
}
