using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Stores;

public sealed class Store : Entity
{
    public const int NameMaxLength = 100;
    public const int CurrencyLength = 3;

    private Store()
    {
    }

    public Store(string name, string currency, DateTime now)
    {
        Name = name.Trim();
        Currency = currency.ToUpperInvariant();
        Plan = StorePlan.Free;
        CreatedAt = now;
    }

    public string Name { get; private set; } = string.Empty;

    /// <summary>ISO 4217 code, upper case.</summary>
    public string Currency { get; private set; } = "USD";

    public StorePlan Plan { get; private set; }

    /// <summary>When the Pro plan ends; null means it does not end.</summary>
    public DateTime? ProExpiresAt { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Hours a subscription stays active after its period end before the sweeper ends it (0–720).</summary>
    public int SubscriptionGracePeriodHours { get; private set; }

    public const int MaxSubscriptionGracePeriodHours = 720;

    public void Rename(string name) => Name = name.Trim();

    public void SetSubscriptionGracePeriod(int hours)
    {
        if (hours is < 0 or > MaxSubscriptionGracePeriodHours)
        {
            throw new DomainRuleException($"subscriptionGracePeriodHours must be between 0 and {MaxSubscriptionGracePeriodHours}.");
        }

        SubscriptionGracePeriodHours = hours;
    }

    public static bool IsProActive(StorePlan plan, DateTime? proExpiresAt, DateTime now) =>
        plan == StorePlan.Pro && (proExpiresAt is null || proExpiresAt > now);

    public bool IsPro(DateTime now) => IsProActive(Plan, ProExpiresAt, now);

    public void ChangePlan(StorePlan plan, DateTime? expiresAt)
    {
        Plan = plan;
        ProExpiresAt = plan == StorePlan.Pro ? expiresAt : null;
    }
}
