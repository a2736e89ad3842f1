using FluxStore.Management.Domain.Users;

namespace FluxStore.Management.Application.Members;

[RequirePermission(PermissionArea.Stores, PermissionAction.View)]
public sealed record ListMembersQuery(Guid StoreId) : IRequest<IReadOnlyList<MemberDto>>, IStoreRequest;

public sealed class ListMembersQueryHandler(IApplicationDbContext db, ICallerContext caller)
    : IRequestHandler<ListMembersQuery, IReadOnlyList<MemberDto>>
{
    public async Task<IReadOnlyList<MemberDto>> Handle(ListMembersQuery request, CancellationToken cancellationToken)
    {
        // By hand: a member row and its user are joined without a navigation, so there is no single source type to map.
        var rows = await db.StoreMembers.AsNoTracking()
            .Where(m => m.StoreId == request.StoreId)
            .Join(db.Users, m => m.UserId, u => u.Id, (m, u) => new { Member = m, User = u })
            .OrderBy(x => x.Member.CreatedAt).ThenBy(x => x.Member.Id)
            .ToListAsync(cancellationToken);
        var callerId = caller.RequireUserId();
        return rows.Select(r => MemberProjection.ToDto(r.Member, r.User, callerId)).ToList();
    }
}
