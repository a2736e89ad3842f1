namespace FluxStore.Management.Domain.GiftCards;

/// <summary>What a gift card may pay for: the whole store, or only some packages or categories.</summary>
public enum GiftCardScope
{
    Store,
    Packages,
    Categories,
}
