using System.Data.Common;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Test-only fault after a commit. A request with <c>X-Test-Fault: commit-lost</c> or <c>X-Test-Fault: abort-after-commit</c>
/// arms it for its controller action (an MVC filter, so after every middleware, the idempotency key already taken);
/// the first write of the action that commits — an explicit transaction's commit, or a lone INSERT/UPDATE/DELETE
/// outside one (committed by itself) — is followed by the fault: <c>commit-lost</c> throws a transient database error,
/// as when the commit reached the server but its acknowledgement did not (the API answers 503);
/// <c>abort-after-commit</c> aborts the request, as a client that hangs up right after the commit.
/// </summary>
public sealed class CommitFaults : IDbTransactionInterceptor, IDbCommandInterceptor, IAsyncActionFilter
{
    public const string Header = "X-Test-Fault";
    public const string CommitLost = "commit-lost";
    public const string AbortAfterCommit = "abort-after-commit";

    private static readonly AsyncLocal<Armed?> Current = new();

    public async Task OnActionExecutionAsync(ActionExecutingContext context, ActionExecutionDelegate next)
    {
        if (context.HttpContext.Request.Headers.TryGetValue(Header, out var kind))
        {
            Current.Value = new Armed(kind.ToString(), context.HttpContext);
        }

        await next();
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) => Fire();

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Fire();
        return Task.CompletedTask;
    }

    public int NonQueryExecuted(DbCommand command, CommandExecutedEventData eventData, int result)
    {
        FireIfAutocommitWrite(command);
        return result;
    }

    public ValueTask<int> NonQueryExecutedAsync(DbCommand command, CommandExecutedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        FireIfAutocommitWrite(command);
        return ValueTask.FromResult(result);
    }

    public DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        FireIfAutocommitWrite(command);
        return result;
    }

    public ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        FireIfAutocommitWrite(command);
        return ValueTask.FromResult(result);
    }

    private static void FireIfAutocommitWrite(DbCommand command)
    {
        if (command.Transaction is null && Current.Value is not null
            && !command.CommandText.TrimStart().StartsWith("SELECT", StringComparison.OrdinalIgnoreCase))
        {
            Fire();
        }
    }

    private static void Fire()
    {
        if (Current.Value is not { } armed || Interlocked.Exchange(ref armed.Fired, 1) != 0)
        {
            return;
        }

        switch (armed.Kind)
        {
            case CommitLost:
                throw new LostAcknowledgementException();
            case AbortAfterCommit:
                armed.Context.Abort();
                break;
        }
    }

    private sealed class Armed(string kind, HttpContext context)
    {
        public int Fired;

        public string Kind { get; } = kind;

        public HttpContext Context { get; } = context;
    }

    /// <summary>What a broken connection looks like to the API: a transient database error.</summary>
    public sealed class LostAcknowledgementException() : DbException("Test fault: the connection broke after the commit.")
    {
        public override bool IsTransient => true;
    }
}
