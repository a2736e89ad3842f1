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

    public static bool IsProActive(StorePlan plan, DateTime? proExpiresAt, DateTime now) =>
        plan == StorePlan.Pro && (proExpiresAt is null || proExpiresAt > now);

    public bool IsPro(DateTime now) => IsProActive(Plan, ProExpiresAt, now);

    public void ChangePlan(StorePlan plan, DateTime? expiresAt)
    {
        Plan = plan;
        ProExpiresAt = plan == StorePlan.Pro ? expiresAt : null;
    }
}
