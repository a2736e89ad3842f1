using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Players;

namespace FluxStore.Management.Application.Bans;

internal static class BanRules
{
    public static IRuleBuilderOptions<T, string?> BanUsername<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || PlayerIdentity.IsValidUsername(v.Trim()))
            .WithMessage($"'playerUsername' must be {PlayerIdentity.UsernameRuleText}.");

    public static IRuleBuilderOptions<T, string?> BanUuid<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || PlayerIdentity.TryNormalizeUuid(v, out _))
            .WithMessage("'playerUuid' must be a UUID, with or without dashes.");

    public static IRuleBuilderOptions<T, string?> BanIp<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(v => string.IsNullOrWhiteSpace(v) || Ban.TryNormalizeIp(v, out _))
            .WithMessage("'ipAddress' must be a valid IPv4 or IPv6 address.");

    public static string? CleanReason(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
}
