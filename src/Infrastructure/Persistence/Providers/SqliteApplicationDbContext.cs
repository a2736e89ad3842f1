using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Infrastructure.Persistence.Providers;

/// <summary>
/// The context on SQLite (the embedded default). Same model as every provider; its own type so that its generated migrations
/// and model snapshot (<c>Persistence/Migrations/Sqlite</c>) are found for it alone.
/// </summary>
public sealed class SqliteApplicationDbContext(DbContextOptions<SqliteApplicationDbContext> options) : ApplicationDbContext(options);
