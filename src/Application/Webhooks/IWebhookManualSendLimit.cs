namespace FluxStore.Management.Application.Webhooks;

/// <summary>
/// The per-store limit on deliveries queued by hand (<c>…/test</c>, <c>…/resend</c>): each call takes one from the
/// store's budget for the current minute, or throws <see cref="TooManyRequestsException"/> when it is used up.
/// </summary>
public interface IWebhookManualSendLimit
{
    Task TakeAsync(Guid storeId, CancellationToken cancellationToken);
}
