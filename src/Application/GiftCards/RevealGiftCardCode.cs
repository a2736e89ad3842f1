using System.Text.Json.Serialization;
using FluxStore.Management.Domain.Audit;

namespace FluxStore.Management.Application.GiftCards;

/// <summary>
/// Dashboard only: the one place a gift card's code can be read, so the owner can hand it over. Each read
/// is written to the store's audit trail before the code is returned.
/// </summary>
[RequirePermission(PermissionArea.Stores, PermissionAction.Edit)]
public sealed record RevealGiftCardCodeQuery : IRequest<GiftCardCodeDto>, IStoreRequest
{
    [JsonIgnore]
    public Guid StoreId { get; init; }

    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class RevealGiftCardCodeQueryHandler(
    IApplicationDbContext db,
    ICallerContext caller,
    IGiftCardCodeProtector protector,
    TimeProvider clock)
    : IRequestHandler<RevealGiftCardCodeQuery, GiftCardCodeDto>
{
    public async Task<GiftCardCodeDto> Handle(RevealGiftCardCodeQuery request, CancellationToken cancellationToken)
    {
        var protectedCode = await db.GiftCards.AsNoTracking()
            .Where(g => g.Id == request.Id && g.StoreId == request.StoreId)
            .Select(g => g.ProtectedCode)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Gift card");

        var code = protector.Unprotect(protectedCode);
        db.AuditEntries.Add(new AuditEntry(
            request.StoreId, caller.UserId, AuditActions.GiftCardCodeRevealed, AuditTargets.GiftCard, request.Id, clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return new GiftCardCodeDto(code);
    }
}
