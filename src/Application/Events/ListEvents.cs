using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Events;

/// <summary>
/// <c>GET /events</c>: the store's events of the last 30 days that the caller may see (<see cref="EventVisibility"/>),
/// newest first, cursor-paged (<c>limit</c>, <c>after</c>, <c>before</c>). Filters: <c>type</c> (repeatable; a type or an
/// area wildcard such as <c>order.*</c>), <c>createdAfter</c>, <c>deliveryFailed</c> (true: at least one endpoint has
/// not received the event after an attempt; false: none such).
/// </summary>
[RequireAnyPermission(PermissionAction.View, PermissionArea.Orders, PermissionArea.Subscriptions, PermissionArea.Packages)]
public sealed record ListEventsQuery : CursorPagedQuery, IRequest<CursorPage<EventDto>>, IRequiresProPlan
{
    public const int MaxTypes = 20;

    /// <summary>Event types or wildcards (<c>order.*</c>); repeat the parameter for several. Default: every type the caller may see.</summary>
    public string[]? Type { get; init; }

    /// <summary>Only events created strictly after this instant (UTC).</summary>
    public DateTime? CreatedAfter { get; init; }

    /// <summary>True: only events that some endpoint has not received yet after at least one attempt. False: only the others.</summary>
    public bool? DeliveryFailed { get; init; }
}

public sealed class ListEventsQueryValidator : AbstractValidator<ListEventsQuery>
{
    public ListEventsQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x)
            .Must(x => !x.SkipOrTakeGiven)
            .WithName("skip")
            .WithMessage("Events are paged with cursors only: use 'limit' and 'after' (or 'before'), not 'skip' or 'take'.");
        RuleFor(x => x.Type)
            .Must(types => types is null || types.Length <= ListEventsQuery.MaxTypes)
            .WithMessage($"'type' may be given at most {ListEventsQuery.MaxTypes} times.");
        RuleForEach(x => x.Type)
            .Must(type => type is not null && EventVisibility.Expand(type).Count > 0)
            .WithName("type")
            .WithMessage((_, type) =>
                $"'type' value '{Truncate(type)}' is not an event type ({string.Join(", ", WebhookEventTypes.All)}) or a wildcard ({string.Join(", ", EventVisibility.Wildcards)}).");
    }

    private static string Truncate(string? value) => value is null ? string.Empty : value.Length > 64 ? value[..64] + "…" : value;
}

public sealed class ListEventsQueryHandler(IApplicationDbContext db, ICallerContext caller, IListCursorProtector cursors, TimeProvider clock)
    : IRequestHandler<ListEventsQuery, CursorPage<EventDto>>
{
    /// <summary>Newest first; events of the same instant by id.</summary>
    private static readonly ListOrder<StoreEvent, DateTime> NewestFirst = new("events.createdAt.desc", e => e.CreatedAt, e => e.Id, descending: true);

    public async Task<CursorPage<EventDto>> Handle(ListEventsQuery request, CancellationToken cancellationToken)
    {
        var storeId = caller.RequireStoreId();
        var visible = await EventVisibility.VisibleTypesAsync(caller, db, storeId, cancellationToken);
        var types = visible.ToArray();
        if (request.Type is { Length: > 0 } filters)
        {
            var asked = filters.SelectMany(EventVisibility.Expand).Distinct().ToList();
            if (asked.FirstOrDefault(t => !visible.Contains(t)) is { } hidden)
            {
                throw new PermissionDeniedException($"Listing '{hidden}' events needs the {EventVisibility.PermissionFor(hidden)} permission.");
            }

            types = [.. asked];
        }

        var since = clock.GetUtcNow().UtcDateTime - StoreEvent.ListWindow;
        if (request.CreatedAfter is { } after && UtcTime.Normalize(after) > since)
        {
            since = UtcTime.Normalize(after);
        }

        var events = db.StoreEvents.AsNoTracking().Where(e => e.StoreId == storeId && e.CreatedAt > since && types.Contains(e.Type));
        if (request.DeliveryFailed is { } failed)
        {
            // An endpoint that has not received the event: one of its deliveries was attempted and none of them (the
            // original or a resend) succeeded.
            events = events.Where(e => db.WebhookDeliveries.Any(d => d.EventId == e.Id && d.AttemptCount > 0
                && !db.WebhookDeliveries.Any(s => s.EventId == e.Id && s.EndpointId == d.EndpointId && s.Status == WebhookDeliveryStatus.Succeeded)) == failed);
        }

        var page = await Keyset.PageAsync(
            events, NewestFirst, request with { Limit = request.Limit ?? PagedQuery.DefaultTake }, storeId, cursors,
            ordered => ordered.Select(e => new EventRow(e.Id, e.CreatedAt, e.Payload)),
            r => r.CreatedAt, r => r.Id, cancellationToken);
        return page.Cursor!.Map(r => EventDto.FromPayload(r.Payload));
    }

    private sealed record EventRow(Guid Id, DateTime CreatedAt, string Payload);
}
