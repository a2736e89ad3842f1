using FluxStore.Management.Application.Common.Paging;
using FluxStore.Management.Application.Common.Privacy;
using FluxStore.Management.Application.Common.Validation;
using FluxStore.Management.Domain.Audit;

namespace FluxStore.Management.Application.Audit;

/// <summary>
/// The store's audit trail, newest first: skip/take or cursors (<c>limit</c>, <c>after</c>, <c>before</c>), filtered by
/// actor (<c>actorUserId</c> or <c>actorApiKeyId</c>) and by resource (<c>targetType</c>, <c>targetId</c>).
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.View)]
public sealed record ListAuditEntriesQuery : CursorPagedQuery, IRequest<ListPage<AuditEntryDto>>, IStoreRequest
{
    [System.Text.Json.Serialization.JsonIgnore]
    public Guid StoreId { get; init; }

    public Guid? ActorUserId { get; init; }

    public Guid? ActorApiKeyId { get; init; }

    /// <summary>A resource type, e.g. <c>Package</c> (ignoring case).</summary>
    public string? TargetType { get; init; }

    public Guid? TargetId { get; init; }
}

public sealed class ListAuditEntriesQueryValidator : AbstractValidator<ListAuditEntriesQuery>
{
    public ListAuditEntriesQueryValidator()
    {
        this.AddCursorPagingRules();
        RuleFor(x => x.TargetType).MaximumLength(AuditEntry.TargetTypeMaxLength);
    }
}

public sealed class ListAuditEntriesQueryHandler(IApplicationDbContext db, ICallerContext caller, IListCursorProtector cursors)
    : IRequestHandler<ListAuditEntriesQuery, ListPage<AuditEntryDto>>
{
    /// <summary>Newest first; entries of the same instant by id.</summary>
    private static readonly ListOrder<AuditEntry, DateTime> NewestFirst = new("audit.createdAt.desc", a => a.CreatedAt, a => a.Id, descending: true);

    public async Task<ListPage<AuditEntryDto>> Handle(ListAuditEntriesQuery request, CancellationToken cancellationToken)
    {
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.StoreId == request.StoreId);
        if (request.ActorUserId is { } userId)
        {
            entries = entries.Where(a => a.ActorUserId == userId);
        }

        if (request.ActorApiKeyId is { } keyId)
        {
            entries = entries.Where(a => a.ActorApiKeyId == keyId);
        }

        if (!string.IsNullOrWhiteSpace(request.TargetType))
        {
            var type = Canonical(request.TargetType.Trim());
            entries = entries.Where(a => a.TargetType == type);
        }

        if (request.TargetId is { } targetId)
        {
            entries = entries.Where(a => a.TargetId == targetId);
        }

        var page = await Keyset.PageAsync(
            entries, NewestFirst, request, request.StoreId, cursors,
            ordered => ordered.Select(a => new AuditEntryDto
            {
                Id = a.Id,
                Action = a.Action,
                TargetType = a.TargetType,
                TargetId = a.TargetId,
                ActorKind = a.ActorKind,
                ActorUserId = a.ActorUserId,
                ActorApiKeyId = a.ActorApiKeyId,
                ActorName = a.ActorName,
                CreatedAt = a.CreatedAt,
            }),
            e => e.CreatedAt, e => e.Id, cancellationToken);
        return page.Offset is { } offset
            ? new ListPage<AuditEntryDto> { Offset = offset with { Items = await WithActorsAsync(offset.Items, cancellationToken) } }
            : new ListPage<AuditEntryDto> { Cursor = page.Cursor! with { Items = await WithActorsAsync(page.Cursor!.Items, cancellationToken) } };
    }

    /// <summary>The acting users' e-mail (masked unless it is the caller's) and display name, read in one query.</summary>
    private async Task<IReadOnlyList<AuditEntryDto>> WithActorsAsync(IReadOnlyList<AuditEntryDto> items, CancellationToken ct)
    {
        var ids = items.Where(e => e.ActorUserId is not null).Select(e => e.ActorUserId!.Value).Distinct().ToList();
        var users = ids.Count == 0
            ? []
            : await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Email, u.DisplayName }).ToDictionaryAsync(u => u.Id, ct);
        var callerId = caller.UserId;
        return items.Select(e => e.ActorUserId is { } id && users.TryGetValue(id, out var user)
                ? e with { ActorEmail = id == callerId ? user.Email : EmailMask.Mask(user.Email), ActorDisplayName = user.DisplayName }
                : e)
            .ToList();
    }

    /// <summary>The stored spelling of a known resource type, whatever the case asked for.</summary>
    private static string Canonical(string type) =>
        KnownTypes.FirstOrDefault(t => string.Equals(t, type, StringComparison.OrdinalIgnoreCase)) ?? type;

    private static readonly string[] KnownTypes =
    [
        "Package", "Category", "Coupon", "Sale", "Ban", "GiftCard", "Order", "Subscription", "ApiKey", "GameServer",
        "WebhookEndpoint", "StoreMember", "StoreInvitation", "Store",
    ];
}
