using FluxStore.Management.Application.Audit;

namespace FluxStore.Management.Application.Common.Behaviours;

/// <summary>
/// Last in the pipeline (after permission, plan and validation checks, so a refused or invalid request is never
/// audited): a write command (its type name ends in <c>Command</c>) sent by a signed-in user or a Store API key runs
/// inside an <see cref="AuditScope"/>; the database context's save then adds the audit entries, in the same
/// transaction as the write. Game servers (the plugin API) and anonymous requests are not audited.
/// </summary>
public sealed class AuditBehaviour<TRequest, TResponse>(ICallerContext caller, TimeProvider clock) : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly string? Command = typeof(TRequest).Name is var name && name.EndsWith("Command", StringComparison.Ordinal)
        ? name[..^"Command".Length]
        : null;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var kind = caller.Kind switch
        {
            CallerKind.ApiKey when caller.ApiKeyId is not null => Domain.Audit.AuditEntry.ApiKeyActor,
            CallerKind.User when caller.UserId is not null => Domain.Audit.AuditEntry.UserActor,
            _ => null,
        };
        if (Command is null || kind is null)
        {
            return await next();
        }

        var outer = AuditScope.Current;
        // A key's name comes with its authentication (no lookup at the first save); a user's is read then.
        var keyName = kind == Domain.Audit.AuditEntry.ApiKeyActor ? caller.ApiKeyName : null;
        AuditScope.Enter(new AuditScope
        {
            Command = Command, ActorKind = kind, Clock = clock, UserId = caller.UserId, ApiKeyId = caller.ApiKeyId,
            ActorName = keyName, ActorNameLoaded = keyName is not null,
        });
        try
        {
            return await next();
        }
        finally
        {
            AuditScope.Enter(outer);
        }
    }
}
