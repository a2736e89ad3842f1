using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Persistence.Providers;

/// <summary>
/// The context on SQL Server. Same model as every provider; its own type so that its generated migrations
/// and model snapshot (<c>Persistence/Migrations/SqlServer</c>) are found for it alone.
/// </summary>
public sealed class SqlServerApplicationDbContext(DbContextOptions<SqlServerApplicationDbContext> options) : ApplicationDbContext(options);
