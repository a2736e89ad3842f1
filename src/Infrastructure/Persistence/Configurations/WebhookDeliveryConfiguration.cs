using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>The webhook outbox. No foreign key to stores: the endpoint's cascade is the one path (SQL Server's rule).</summary>
internal sealed class WebhookDeliveryConfiguration : IEntityTypeConfiguration<WebhookDelivery>
{
    public void Configure(EntityTypeBuilder<WebhookDelivery> builder)
    {
        builder.ToTable("webhook_deliveries");
        builder.Property(d => d.EventType).HasMaxLength(WebhookDelivery.EventTypeMaxLength).IsRequired();
        builder.Property(d => d.Payload).IsRequired();
        builder.Property(d => d.TraceParent).HasMaxLength(WebhookDelivery.TraceParentMaxLength);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(12).IsRequired();

        // Saving a delivery's result checks the lease is still this dispatcher's.
        builder.Property(d => d.LeaseToken).IsConcurrencyToken();

        // The dispatcher's poll: pending rows that are due.
        builder.HasIndex(d => new { d.Status, d.NextAttemptAt });

        // The retention pruner: finished deliveries, oldest first.
        builder.HasIndex(d => d.CompletedAt);

        // The events API's deliveryFailed filter: an event's deliveries, per endpoint.
        builder.HasIndex(d => new { d.EventId, d.EndpointId });
        builder.HasOne<WebhookEndpoint>().WithMany().HasForeignKey(d => d.EndpointId).OnDelete(DeleteBehavior.Cascade);
    }
}
