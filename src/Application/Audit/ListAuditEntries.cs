using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Application.Common.Privacy;

namespace FluxStore.Management.Application.Audit;

/// <summary>The store's audit trail, newest first.</summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.View)]
public sealed record ListAuditEntriesQuery : PagedQuery, IRequest<PagedResult<AuditEntryDto>>, IStoreRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StoreId { get; init; }
}

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator() => this.AddPagingRules();
}

public sealed class ListAuditEntriesQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<ListAuditEntriesQuery, PagedResult<AuditEntryDto>>
{
    public async Task<PagedResult<AuditEntryDto>> Handle(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var callerId = caller.UserId;
        // By hand: the actor is a left join to users without a navigation, so there is no single source type to map.
        var query =
            from entry in db.AuditEntries.AsNoTracking()
            where entry.StoreId == request.StoreId
            join user in db.Users.AsNoTracking() on entry.ActorUserId equals (Guid?)user.Id into actors
            from actor in actors.DefaultIfEmpty()
            orderby entry.CreatedAt descending, entry.Id descending
            select new AuditEntryDto
            {
                Id = entry.Id,
                Action = entry.Action,
                TargetType = entry.TargetType,
                TargetId = entry.TargetId,
                ActorUserId = entry.ActorUserId,
                ActorEmail = actor != null ? actor.Email : null,
                ActorDisplayName = actor != null ? actor.DisplayName : null,
                CreatedAt = entry.CreatedAt,
            };

        var page = await query.ToPagedResultAsync(request, cancellationToken);
        var items = page.Items
            .Select(e => e with { ActorEmail = e.ActorUserId == callerId ? e.ActorEmail : EmailMask.Mask(e.ActorEmail) })
            .ToList();
        return page with { Items = items };
    }
}
