namespace FluxStore.Management.Domain.GiftCards;

/// <summary>Derived state, in order of precedence: disabled, expired, depleted, active.</summary>
public enum GiftCardStatus
{
    Active,
    Expired,
    Depleted,
    Disabled,
}
