using FluxStore.Management.Domain.GiftCards;
using FluxStore.Management.Domain.Stores;
using FluxStore.Management.Infrastructure.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class GiftCardConfiguration : IEntityTypeConfiguration<GiftCard>
{
    public void Configure(EntityTypeBuilder<GiftCard> builder)
    {
        builder.ToTable("gift_cards");
        builder.Property(g => g.CodeHash).HasMaxLength(SecretHasher.HashLength).IsRequired();
        builder.Property(g => g.ProtectedCode).HasMaxLength(GiftCard.ProtectedCodeMaxLength).IsRequired();
        builder.Property(g => g.Scope).HasConversion<string>().HasMaxLength(12).IsRequired();
        builder.Property(g => g.ScopeIds).HasMaxLength(GiftCard.ScopeIdsMaxLength);
        builder.Property(g => g.RecipientName).HasMaxLength(GiftCard.RecipientNameMaxLength);
        builder.Property(g => g.NormalizedRecipientName).HasMaxLength(GiftCard.RecipientNameMaxLength);
        builder.Property(g => g.RecipientEmail).HasMaxLength(GiftCard.RecipientEmailMaxLength);
        builder.Property(g => g.Message).HasMaxLength(GiftCard.MessageMaxLength);
        builder.Ignore(g => g.ScopeIdList);

        // Redemption: one lookup by store + code hash. Listing: newest first within a store.
        builder.HasIndex(g => new { g.StoreId, g.CodeHash }).IsUnique();
        builder.HasIndex(g => new { g.StoreId, g.CreatedAt, g.Id });
        builder.HasOne<Store>().WithMany().HasForeignKey(g => g.StoreId).OnDelete(DeleteBehavior.Cascade);
    }
}
