using FluxStore.Management.Domain.Common;

namespace FluxStore.Management.Domain.Promotions;

/// <summary>Shared arithmetic for discounts held as hundredths (of a percent or of a currency unit).</summary>
public static class Discounts
{
    /// <summary>100% in hundredths of a percent.</summary>
    public const long FullPercentHundredths = 100_00;

    /// <summary>The most ids a coupon or sale scope may list.</summary>
    public const int MaxScopeIds = 500;

    /// <summary>
    /// <paramref name="amountCents"/> × <paramref name="percentHundredths"/> / 10000, rounded half away from zero to cents.
    /// </summary>
    public static long PercentOf(long amountCents, long percentHundredths)
    {
        if (amountCents <= 0 || percentHundredths <= 0)
        {
            return 0;
        }

        var exact = amountCents * (decimal)percentHundredths / FullPercentHundredths;
        return Math.Min(amountCents, (long)decimal.Round(exact, 0, MidpointRounding.AwayFromZero));
    }

    /// <summary>Whole percent (two decimals at most) to hundredths; throws when it is not in (0, 100].</summary>
    public static long PercentToHundredths(decimal percent, string field)
    {
        if (percent <= 0 || percent > 100 || decimal.Round(percent, 2) != percent)
        {
            throw new DomainRuleException($"{field}: a percentage must be greater than 0 and at most 100, with at most two decimal places.");
        }

        return (long)(percent * 100m);
    }

    public static decimal HundredthsToDecimal(long hundredths) => hundredths / 100m;
}
