// Seeds a store for benchmarks/run.sh: N orders (one item each) and M customers, in seconds rather than hours.
//
// Usage: dotnet FluxStore.Management.Seeder.dll <Sqlite|Postgres> <connection string> <store id> <orders> <customers>
//        dotnet FluxStore.Management.Seeder.dll <Sqlite|Postgres> <connection string> create (an empty database, no schema)
//        dotnet FluxStore.Management.Seeder.dll <Sqlite|Postgres> <connection string> drop   (deletes the database)
//        dotnet FluxStore.Management.Seeder.dll <Sqlite|Postgres> <connection string> subscriptions <store id> <N>
//            (the store's one subscription becomes the template of N in all, each with its customer, order, item and purchase command)
//        dotnet FluxStore.Management.Seeder.dll <Sqlite|Postgres> <connection string> sweep-watch <store id> <expected> <timeout s>
//            (ends every active subscription's period in one UPDATE, then counts active ones and expiry commands each second)
//
// The database must already be migrated by the API (the real schema). One template customer, order and item
// are written through the product's DbContext and entities; each table is then filled by one
// INSERT … SELECT from the template row joined with a generated number series, one statement per table. The
// column list comes from the EF model, so a column added later is copied from the template without changes
// here. Customer i is "player{i}"; order n belongs to customer ((n - 2) mod (M - 1)) + 2, is placed 30 s before
// order n - 1, and every 50th order is Refunded (the filtered page). Customers' totals are spread, not summed. The
// store's revenue rollup is then computed from its orders (RevenueRollupBackfill, as the migration does).
using System.Diagnostics;
using System.Globalization;
using FluxStore.Management.Domain.Customers;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Packages;
using FluxStore.Management.Domain.Plugin;
using FluxStore.Management.Domain.Subscriptions;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

if (args is [var createProvider, var createConnection, "create"])
{
    // The API migrates an existing database; on PostgreSQL it takes its migration lock before that, so the
    // database itself must exist first (SQLite creates its file).
    if (Enum.Parse<DatabaseProvider>(createProvider, ignoreCase: true) == DatabaseProvider.Postgres)
    {
        var target = new Npgsql.NpgsqlConnectionStringBuilder(createConnection);
        var name = target.Database!;
        target.Database = "postgres";
        await using var connection = new Npgsql.NpgsqlConnection(target.ConnectionString);
        await connection.OpenAsync();
        await using var command = new Npgsql.NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"")}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    return 0;
}

if (args is [var dropProvider, var dropConnection, "drop"])
{
    await using var dropped = new DatabaseOptions
    {
        Provider = Enum.Parse<DatabaseProvider>(dropProvider, ignoreCase: true),
        ConnectionString = dropConnection,
        MigrateOnStartup = false,
    }.CreateContext();
    await dropped.Database.EnsureDeletedAsync();
    return 0;
}

if (args.Length < 4)
{
    Console.Error.WriteLine("usage: Seeder <Sqlite|Postgres> <connection string> <store id> <orders> <customers> (see the top of Program.cs)");
    return 2;
}

var provider = Enum.Parse<DatabaseProvider>(args[0], ignoreCase: true);
var sqlite = provider == DatabaseProvider.Sqlite;

await using var db = new DatabaseOptions { Provider = provider, ConnectionString = args[1], MigrateOnStartup = false }.CreateContext();
db.Database.SetCommandTimeout(TimeSpan.FromMinutes(30));

var clock = Stopwatch.StartNew();
if (args is [_, _, "subscriptions", var subscriptionStore, var subscriptionCount])
{
    return await SeedSubscriptionsAsync(Guid.Parse(subscriptionStore), int.Parse(subscriptionCount, CultureInfo.InvariantCulture));
}

if (args is [_, _, "sweep-watch", var watchStore, var watchExpected, var watchTimeout])
{
    return await WatchSweepAsync(
        Guid.Parse(watchStore), int.Parse(watchExpected, CultureInfo.InvariantCulture), int.Parse(watchTimeout, CultureInfo.InvariantCulture));
}

if (args.Length != 5)
{
    Console.Error.WriteLine("usage: Seeder <Sqlite|Postgres> <connection string> <store id> <orders> <customers>");
    return 2;
}

var storeId = Guid.Parse(args[2]);
var orderCount = int.Parse(args[3], CultureInfo.InvariantCulture);
var customerCount = int.Parse(args[4], CultureInfo.InvariantCulture);
var store = await db.Stores.AsNoTracking().SingleAsync(s => s.Id == storeId);
var now = DateTime.UtcNow;
now = new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, now.Second, DateTimeKind.Utc);

// The templates, through the entities (number 1 of each series).
var customer = new Customer(storeId, "player1", null, now);
customer.RecordFirstOrder(999, now);
var order = Order.Manual(storeId, customer.Id, "player1", null, "player1@example.com", store.Currency, now);
var item = order.AddItem(Guid.CreateVersion7(), "Bench package", 1, 999, null);
db.Customers.Add(customer);
db.Orders.Add(order);
await db.SaveChangesAsync();

// Number series and expressions per provider.
string Id(Guid template, string n) => sqlite
    ? $"'{template.ToString("D").ToUpperInvariant()[..24]}' || printf('%012X', {n})"
    : $"CAST('{template.ToString("D")[..24]}' || lpad(to_hex({n}), 12, '0') AS uuid)";
string Text(string prefix, string n) => sqlite ? $"'{prefix}' || ({n})" : $"'{prefix}' || CAST({n} AS text)";
string Before(string column, string seconds) => sqlite
    ? $"strftime('%Y-%m-%d %H:%M:%S', t.{column}, '-' || ({seconds}) || ' seconds')"
    : $"t.{column} - ({seconds}) * interval '1 second'";

// Customers 2..M are generated with ids from the series; number 1 is the template, so orders map onto 2..M.
var customerOf = $"((s.n - 2) % {Math.Max(1, customerCount - 1)}) + 2";
await Fill<Customer>(customer.Id, customerCount, new()
{
    [nameof(Customer.Id)] = Id(customer.Id, "s.n"),
    [nameof(Customer.PlayerUsername)] = Text("player", "s.n"),
    [nameof(Customer.NormalizedUsername)] = Text("PLAYER", "s.n"),
    [nameof(Customer.IdentityKey)] = Text("name:PLAYER", "s.n"),
    [nameof(Customer.TotalSpentCents)] = "(s.n * 7919) % 1000000",
    [nameof(Customer.OrderCount)] = $"{Math.Max(1, orderCount / Math.Max(1, customerCount))}",
    [nameof(Customer.FirstSeenAt)] = Before("{0}", "s.n * 300"),
    [nameof(Customer.LastPurchaseAt)] = Before("{0}", "s.n * 30"),
});
await Fill<Order>(order.Id, orderCount, new()
{
    [nameof(Order.Id)] = Id(order.Id, "s.n"),
    [nameof(Order.CustomerId)] = Id(customer.Id, customerOf),
    [nameof(Order.PlayerUsername)] = Text("player", customerOf),
    [nameof(Order.NormalizedUsername)] = Text("PLAYER", customerOf),
    [nameof(Order.Status)] = $"CASE WHEN s.n % 50 = 0 THEN '{nameof(OrderStatus.Refunded)}' ELSE t.{{0}} END",
    [nameof(Order.TotalAmountCents)] = "100 + s.n % 5000",
    [nameof(Order.CreatedAt)] = Before("{0}", "s.n * 30"),
    [nameof(Order.UpdatedAt)] = Before("{0}", "s.n * 30"),
});
await Fill<OrderItem>(item.Id, orderCount, new()
{
    [nameof(OrderItem.Id)] = Id(item.Id, "s.n"),
    [nameof(OrderItem.OrderId)] = Id(order.Id, "s.n"),
    [nameof(OrderItem.PriceAtPurchaseCents)] = "100 + s.n % 5000",
});

// The revenue rollup: the template's rows (written by the save above) replaced by the rollup of every order, refund
// and item of the store, with the statements of the migration's data step.
var rollupStarted = clock.Elapsed;
await db.RevenueSlots.Where(r => r.StoreId == storeId).ExecuteDeleteAsync();
await db.PackageRevenueSlots.Where(r => r.StoreId == storeId).ExecuteDeleteAsync();
foreach (var statement in RevenueRollupBackfill.Statements(provider, storeId))
{
    await db.Database.ExecuteSqlRawAsync(statement);
}

Console.WriteLine($"  revenue rollup: {await db.RevenueSlots.CountAsync(r => r.StoreId == storeId):N0} slots in {(clock.Elapsed - rollupStarted).TotalSeconds:F0} s");

if (!sqlite)
{
    // What autovacuum would do soon after such a load; SQLite is left as the product leaves it (no ANALYZE).
    await db.Database.ExecuteSqlRawAsync("ANALYZE");
}

Console.WriteLine($"Seeded store {storeId}: {orderCount:N0} orders, {customerCount:N0} customers in {clock.Elapsed.TotalSeconds:F0} s.");
return 0;

// INSERT INTO table (every column) SELECT (override or the template's value) FROM table t, numbers 2..count s.
async Task Fill<T>(Guid templateId, int count, Dictionary<string, string> overrides)
{
    if (count < 2)
    {
        return;
    }

    var entity = db.Model.FindEntityType(typeof(T))!;
    var table = StoreObjectIdentifier.Table(entity.GetTableName()!, entity.GetSchema());
    var columns = new List<string>();
    var values = new List<string>();
    foreach (var property in entity.GetProperties())
    {
        var column = Quote(property.GetColumnName(table)!);
        columns.Add(column);
        values.Add(overrides.TryGetValue(property.Name, out var expression)
            ? string.Format(CultureInfo.InvariantCulture, expression, column)
            : $"t.{column}");
    }

    var idColumn = Quote(entity.FindPrimaryKey()!.Properties[0].GetColumnName(table)!);
    var series = sqlite
        ? $"WITH RECURSIVE s(n) AS (SELECT 2 UNION ALL SELECT n + 1 FROM s WHERE n < {count}) "
        : string.Empty;
    var from = sqlite ? "s" : $"generate_series(2, {count}) AS s(n)";
    var insert = $"{series}INSERT INTO {Quote(table.Name)} ({string.Join(", ", columns)}) "
        + $"SELECT {string.Join(", ", values)} FROM {Quote(table.Name)} t CROSS JOIN {from} WHERE t.{idColumn} = {Literal(templateId)}";
    var started = clock.Elapsed;
    await db.Database.ExecuteSqlRawAsync(insert);
    Console.WriteLine($"  {table.Name}: {count:N0} rows in {(clock.Elapsed - started).TotalSeconds:F0} s");
}

// The subscription sweep benchmark: the store's one subscription (bought over HTTP, so its rows are the product's own)
// is the template of N - 1 more, each with its own customer, order, item and purchase command ("sub{n}"), period not over.
async Task<int> SeedSubscriptionsAsync(Guid store, int count)
{
    var template = await db.Subscriptions.AsNoTracking().SingleAsync(s => s.StoreId == store);
    var purchase = await db.PendingCommands.AsNoTracking().SingleAsync(c => c.OrderId == template.OrderId);
    var templateItem = template.OrderItemId ?? throw new InvalidOperationException("the template subscription has no order item");
    await Fill<Customer>(template.CustomerId, count, new()
    {
        [nameof(Customer.Id)] = Id(template.CustomerId, "s.n"),
        [nameof(Customer.PlayerUsername)] = Text("sub", "s.n"),
        [nameof(Customer.NormalizedUsername)] = Text("SUB", "s.n"),
        [nameof(Customer.IdentityKey)] = Text("name:SUB", "s.n"),
    });
    await Fill<Order>(template.OrderId, count, new()
    {
        [nameof(Order.Id)] = Id(template.OrderId, "s.n"),
        [nameof(Order.CustomerId)] = Id(template.CustomerId, "s.n"),
        [nameof(Order.PlayerUsername)] = Text("sub", "s.n"),
        [nameof(Order.NormalizedUsername)] = Text("SUB", "s.n"),
    });
    await Fill<OrderItem>(templateItem, count, new()
    {
        [nameof(OrderItem.Id)] = Id(templateItem, "s.n"),
        [nameof(OrderItem.OrderId)] = Id(template.OrderId, "s.n"),
        [nameof(OrderItem.SubscriptionId)] = Id(template.Id, "s.n"),
    });
    await Fill<PendingCommand>(purchase.Id, count, new()
    {
        [nameof(PendingCommand.Id)] = Id(purchase.Id, "s.n"),
        [nameof(PendingCommand.OrderId)] = Id(template.OrderId, "s.n"),
        [nameof(PendingCommand.OrderItemId)] = Id(templateItem, "s.n"),
        [nameof(PendingCommand.PlayerUsername)] = Text("sub", "s.n"),
        [nameof(PendingCommand.Command)] = Text("purchase for sub", "s.n"),
    });
    await Fill<Subscription>(template.Id, count, new()
    {
        [nameof(Subscription.Id)] = Id(template.Id, "s.n"),
        [nameof(Subscription.CustomerId)] = Id(template.CustomerId, "s.n"),
        [nameof(Subscription.OrderId)] = Id(template.OrderId, "s.n"),
        [nameof(Subscription.OrderItemId)] = Id(templateItem, "s.n"),
        [nameof(Subscription.PlayerUsername)] = Text("sub", "s.n"),
        [nameof(Subscription.NormalizedUsername)] = Text("SUB", "s.n"),
    });
    if (!sqlite)
    {
        await db.Database.ExecuteSqlRawAsync("ANALYZE");
    }

    Console.WriteLine($"Seeded store {store}: {count:N0} active subscriptions in {clock.Elapsed.TotalSeconds:F0} s.");
    return 0;
}

// Ends the period of every active subscription of the store in one UPDATE (all due at once, grace included), prints
// "due <n>", then once a second "<seconds> <active> <expiry commands>" until none is active and every expiry command is
// queued ("done <seconds>", exit 0) or the timeout passes (exit 1). Seconds count from the UPDATE's commit.
async Task<int> WatchSweepAsync(Guid store, int expected, int timeoutSeconds)
{
    var grace = await db.Stores.AsNoTracking().Where(s => s.Id == store).Select(s => s.SubscriptionGracePeriodHours).SingleAsync();
    var periodEnd = DateTime.UtcNow.AddHours(-grace).AddMinutes(-1);
    periodEnd = new DateTime(periodEnd.Ticks - periodEnd.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc);
    var due = await db.Subscriptions.Where(s => s.StoreId == store && s.Status == SubscriptionStatus.Active)
        .ExecuteUpdateAsync(s => s.SetProperty(x => x.CurrentPeriodEnd, periodEnd).SetProperty(x => x.GraceEndsAt, periodEnd.AddHours(grace)));
    var since = Stopwatch.StartNew();
    Console.WriteLine($"due {due}");
    while (true)
    {
        await Task.Delay(1000);
        var active = await db.Subscriptions.CountAsync(s => s.StoreId == store && s.Status == SubscriptionStatus.Active);
        var commands = await db.PendingCommands.CountAsync(c => c.StoreId == store && c.Stage == CommandStage.Expiry);
        var seconds = since.Elapsed.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{seconds:F1} {active} {commands}"));
        if (active == 0 && commands >= expected)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"done {seconds:F1}"));
            return 0;
        }

        if (seconds > timeoutSeconds)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"timeout {seconds:F1}"));
            return 1;
        }
    }
}

string Literal(Guid id) => sqlite ? $"'{id.ToString("D").ToUpperInvariant()}'" : $"CAST('{id:D}' AS uuid)";

static string Quote(string name) => "\"" + name + "\"";
