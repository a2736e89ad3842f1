using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Persistence.Providers;

/// <summary>
/// The context on PostgreSQL. Same model as every provider; its own type so that its generated migrations
/// and model snapshot (<c>Persistence/Migrations/Postgres</c>) are found for it alone.
/// </summary>
public sealed class PostgresApplicationDbContext(DbContextOptions<PostgresApplicationDbContext> options) : ApplicationDbContext(options);
