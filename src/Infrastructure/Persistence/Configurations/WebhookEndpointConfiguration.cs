using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class WebhookEndpointConfiguration : IEntityTypeConfiguration<WebhookEndpoint>
{
    public void Configure(EntityTypeBuilder<WebhookEndpoint> builder)
    {
        builder.ToTable("webhook_endpoints");
        builder.Property(e => e.Url).HasMaxLength(WebhookEndpoint.UrlMaxLength).IsRequired();
        builder.Property(e => e.Events).HasMaxLength(WebhookEndpoint.EventsMaxLength).IsRequired();
        builder.Property(e => e.ProtectedSecret).HasMaxLength(WebhookEndpoint.ProtectedSecretMaxLength).IsRequired();
        builder.Property(e => e.DisabledReason).HasMaxLength(WebhookEndpoint.DisabledReasonMaxLength);
        builder.Ignore(e => e.EventList);

        // Listing and the outbox's "who listens" lookup: a store's endpoints.
        builder.HasIndex(e => new { e.StoreId, e.CreatedAt });
        builder.HasOne<Store>().WithMany().HasForeignKey(e => e.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
