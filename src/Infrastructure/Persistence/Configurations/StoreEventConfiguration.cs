using FluxStore.Management.Domain.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>
/// The events API's table. No foreign key to stores (a store's deletion leaves its events to the pruner) nor from the
/// deliveries (a <c>webhook.test</c> delivery has no event row; the pruners of the two tables run independently).
/// </summary>
internal sealed class StoreEventConfiguration : IEntityTypeConfiguration<StoreEvent>
{
    public void Configure(EntityTypeBuilder<StoreEvent> builder)
    {
        builder.ToTable("store_events");
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Type).HasMaxLength(WebhookDelivery.EventTypeMaxLength).IsRequired();
        builder.Property(e => e.Payload).IsRequired();

        // The list: a store's events newest first (keyset on createdAt, id).
        builder.HasIndex(e => new { e.StoreId, e.CreatedAt, e.Id });

        // The retention pruner: oldest first.
        builder.HasIndex(e => e.CreatedAt);
    }
}
