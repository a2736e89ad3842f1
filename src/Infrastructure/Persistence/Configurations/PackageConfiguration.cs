using FluxStore.Management.Domain.Categories;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Servers;
using FluxStore.Management.Domain.Stores;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace FluxStore.Management.Infrastructure.Persistence.Configurations;

/// <summary>The Package aggregate: the package and its child rows (PackageServer, PackageCommand).</summary>
internal sealed class PackageConfiguration :
    IEntityTypeConfiguration<Package>,
    IEntityTypeConfiguration<PackageServer>,
    IEntityTypeConfiguration<PackageCommand>
{
    public void Configure(EntityTypeBuilder<Package> builder)
    {
        builder.ToTable("packages");
        builder.Property(p => p.Name).HasMaxLength(Package.NameMaxLength).IsRequired();
        builder.Property(p => p.Description).HasMaxLength(Package.DescriptionMaxLength);
        builder.Property(p => p.ImageUrl).HasMaxLength(Package.ImageUrlMaxLength);
        builder.Property(p => p.SubscriptionIntervalUnit).HasConversion<string>().HasMaxLength(10);
        builder.HasIndex(p => new { p.StoreId, p.SortOrder });
        builder.HasOne<Store>().WithMany().HasForeignKey(p => p.StoreId).OnDelete(DeleteBehavior.Cascade);

        // A category with packages cannot be deleted (the handler says how many).
        builder.HasOne(p => p.Category).WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Servers).WithOne().HasForeignKey(s => s.PackageId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Commands).WithOne().HasForeignKey(c => c.PackageId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Servers).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Commands).UsePropertyAccessMode(PropertyAccessMode.Field);
    }

    public void Configure(EntityTypeBuilder<PackageServer> builder)
    {
        builder.ToTable("package_servers");
        builder.HasKey(s => new { s.PackageId, s.GameServerId });
        builder.HasIndex(s => s.GameServerId);
        // One cascade path per table (SQL Server's rule): stores → packages → package_servers. Deleting a game server
        // deletes its rows here itself (DeleteServerCommandHandler); the database only refuses orphans.
        builder.HasOne<GameServer>().WithMany().HasForeignKey(s => s.GameServerId).OnDelete(DeleteBehavior.ClientCascade);
    }

    public void Configure(EntityTypeBuilder<PackageCommand> builder)
    {
        builder.ToTable("package_commands");
        builder.Property(c => c.Stage).HasConversion<string>().HasMaxLength(10).IsRequired();
        builder.Property(c => c.Content).HasMaxLength(PackageCommand.ContentMaxLength).IsRequired();
        builder.Property(c => c.ServerIds).HasMaxLength(4000);
        builder.Ignore(c => c.ServerIdList);
        builder.HasIndex(c => c.PackageId);
    }
}
