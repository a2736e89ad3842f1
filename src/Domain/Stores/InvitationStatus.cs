namespace FluxStore.Management.Domain.Stores;

/// <summary>
/// Where a store invitation stands. <see cref="Expired"/> is never stored: a <see cref="Pending"/> invitation past
/// its <c>ExpiresAt</c> reads as expired (<see cref="StoreInvitation.StatusAt"/>).
/// </summary>
public enum InvitationStatus
{
    Pending,
    Accepted,
    Declined,
    Revoked,
    Expired,
}
