using System.Diagnostics;

namespace FluxStore.Management.Api.Errors;

/// <summary>
/// The trace id of the request being answered (the ASP.NET Core activity, created whenever logging is on, which
/// the logs' <c>TraceId</c> scope also reads), in the W3C <c>traceparent</c> form for a response header.
/// </summary>
public static class TraceIds
{
    public readonly record struct Trace(string TraceId, string TraceParent);

    public static Trace Current()
    {
        var activity = Activity.Current;
        var traceId = activity?.TraceId ?? ActivityTraceId.CreateRandom();
        var spanId = activity?.SpanId ?? ActivitySpanId.CreateRandom();
        var flags = activity?.Recorded == true ? "01" : "00";
        var id = traceId.ToHexString();
        return new Trace(id, $"00-{id}-{spanId.ToHexString()}-{flags}");
    }
}
