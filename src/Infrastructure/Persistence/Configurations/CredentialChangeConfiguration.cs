using FluxStore.Management.Infrastructure.Authentication;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

internal sealed class CredentialChangeConfiguration : IEntityTypeConfiguration<CredentialChange>
{
    public void Configure(EntityTypeBuilder<CredentialChange> builder)
    {
        builder.ToTable("credential_changes");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedOnAdd();
        builder.HasIndex(c => c.At);
    }
}
