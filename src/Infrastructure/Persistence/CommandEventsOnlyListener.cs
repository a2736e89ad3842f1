using System.Diagnostics;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Persistence;

/// <summary>
/// EF Core's diagnostic listener, answering "enabled" only for the four command events that tracing reads
/// (<c>CommandCreated</c>, <c>CommandExecuting</c>, <c>CommandExecuted</c>, <c>CommandError</c>).
/// </summary>
/// <remarks>
/// OpenTelemetry's EF Core instrumentation subscribes to <c>Microsoft.EntityFrameworkCore</c> without an
/// <c>IsEnabled</c> filter, so with tracing on EF Core would build an event object for every event it knows of (each
/// entity tracked, each state change, each detected change, each query compiled) only for the subscriber to drop it.
/// On <c>POST /api/v1/orders</c> that was most of tracing's cost. With tracing off nobody subscribes and this answers
/// false like EF Core's own listener.
/// </remarks>
internal sealed class CommandEventsOnlyListener() : DiagnosticListener(DbLoggerCategory.Name)
{
    private const string Prefix = "Microsoft.EntityFrameworkCore.Database.Command.";

    public override bool IsEnabled(string name) => IsTraced(name) && base.IsEnabled(name);

    public override bool IsEnabled(string name, object? arg1, object? arg2 = null) =>
        IsTraced(name) && base.IsEnabled(name, arg1, arg2);

    private static bool IsTraced(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal)
        && name.AsSpan(Prefix.Length) is "CommandCreated" or "CommandExecuting" or "CommandExecuted" or "CommandError";
}
