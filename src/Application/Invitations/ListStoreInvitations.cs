using FluxStore.Management.Domain.Stores;

namespace FluxStore.Management.Application.Invitations;

/// <summary>The store's unanswered invitations (pending, or expired without an answer), oldest first.</summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record ListStoreInvitationsQuery(Guid StoreId) : IRequest<IReadOnlyList<InvitationDto>>, IStoreRequest;

public sealed class ListStoreInvitationsQueryHandler(IApplicationDbContext db, TimeProvider clock)
    : IRequestHandler<ListStoreInvitationsQuery, IReadOnlyList<InvitationDto>>
{
    public async Task<IReadOnlyList<InvitationDto>> Handle(ListStoreInvitationsQuery request, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var storeName = await db.Stores.AsNoTracking().Where(s => s.Id == request.StoreId).Select(s => s.Name).FirstAsync(cancellationToken);
        var invitations = await db.StoreInvitations.AsNoTracking()
            .Where(i => i.StoreId == request.StoreId && i.Status == InvitationStatus.Pending)
            .OrderBy(i => i.CreatedAt).ThenBy(i => i.Id)
            .ToListAsync(cancellationToken);
        return invitations.Select(i => InvitationProjection.ToDto(i, storeName, now, maskEmail: true)).ToList();
    }
}
