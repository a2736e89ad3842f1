using FluxStore.Management.Domain.Webhooks;

namespace FluxStore.Management.Application.Webhooks;

internal static class WebhookRules
{
    public static IRuleBuilderOptionsConditions<T, string?> WebhookUrl<T>(this IRuleBuilder<T, string?> rule, IWebhookTargetRules targets) =>
        rule.NotEmpty()
            .MaximumLength(WebhookEndpoint.UrlMaxLength)
            .Custom((url, context) =>
            {
                if (!string.IsNullOrEmpty(url) && targets.Check(url) is { } problem)
                {
                    context.AddFailure("url", problem);
                }
            });

    public static IRuleBuilderOptionsConditions<T, IReadOnlyList<string>?> WebhookEvents<T>(this IRuleBuilder<T, IReadOnlyList<string>?> rule) =>
        rule.NotEmpty().WithMessage("'events' must name at least one event.")
            .Custom((events, context) =>
            {
                foreach (var type in (events ?? []).Distinct())
                {
                    if (!WebhookEventTypes.IsKnown(type))
                    {
                        context.AddFailure("events", $"'events' contains unknown event type '{type}'. Known: {string.Join(", ", WebhookEventTypes.All)}.");
                    }
                }
            });

    public static async Task<WebhookEndpoint> FindAsync(IApplicationDbContext db, Guid storeId, Guid id, CancellationToken ct) =>
        await db.WebhookEndpoints.FirstOrDefaultAsync(e => e.Id == id && e.StoreId == storeId, ct)
        ?? throw new NotFoundException("Webhook endpoint");

    public static string NewSecret(ISecretHasher secrets) =>
        WebhookEndpoint.FormatSecret(secrets.Generate(WebhookEndpoint.SecretLength).Secret);
}
