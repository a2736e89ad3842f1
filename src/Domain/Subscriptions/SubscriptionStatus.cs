namespace FluxStore.Management.Domain.Subscriptions;

public enum SubscriptionStatus
{
    Active,
    Cancelled,
    Expired,
}
