using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class WebhookDeliveryAttemptConfiguration : IEntityTypeConfiguration<WebhookDeliveryAttempt>
{
    public void Configure(EntityTypeBuilder<WebhookDeliveryAttempt> builder)
    {
        builder.ToTable("webhook_delivery_attempts");
        builder.Property(a => a.EventType).HasMaxLength(WebhookDelivery.EventTypeMaxLength).IsRequired();
        builder.Property(a => a.Error).HasMaxLength(WebhookDeliveryAttempt.ErrorMaxLength);

        // The deliveries list: an endpoint's attempts, newest first.
        builder.HasIndex(a => new { a.EndpointId, a.AttemptedAt });

        // The retention pruner: attempts of every store, oldest first.
        builder.HasIndex(a => a.AttemptedAt);
        builder.HasOne<WebhookDelivery>().WithMany().HasForeignKey(a => a.DeliveryId).OnDelete(DeleteBehavior.Cascade);
    }
}
