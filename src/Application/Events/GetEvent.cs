using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Events;

/// <summary>
/// <c>GET /events/{id}</c>: one event of the last 30 days, the same body a webhook receives. 404 when the store has no
/// such event (another store's included); 403 when its type needs a permission the caller lacks.
/// </summary>
[RequireAnyPermission(PermissionAction.View, PermissionArea.Orders, PermissionArea.Subscriptions, PermissionArea.Packages)]
public sealed record GetEventQuery(Guid Id) : IRequest<EventDto>, IRequiresProPlan;

public sealed class GetEventQueryHandler(IApplicationDbContext db, ICallerContext caller, TimeProvider clock)
    : IRequestHandler<GetEventQuery, EventDto>
{
    public async Task<EventDto> Handle(GetEventQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var since = clock.GetUtcNow().UtcDateTime - StoreEvent.ListWindow;
        var found = await db.StoreEvents.AsNoTracking()
            .Where(e => e.Id == request.Id && e.StoreId == storeId && e.CreatedAt > since)
            .Select(e => new { e.Type, e.Payload })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Event");
        if (!(await EventVisibility.VisibleTypesAsync(caller, db, storeId, cancellationToken)).Contains(found.Type))
        {
            throw new PermissionDeniedException($"This is a '{found.Type}' event: seeing it needs the {EventVisibility.PermissionFor(found.Type)} permission.");
        }

        return EventDto.FromPayload(found.Payload);
    }
}
