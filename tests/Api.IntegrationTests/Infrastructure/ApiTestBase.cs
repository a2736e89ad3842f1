using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using FluxStore.Management.Application.ApiKeys;
using FluxStore.Management.Application.Auth;
using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// One API instance over one fresh database per fixture and provider (SQLite always, PostgreSQL when
/// configured). Tests create their own users, stores and keys, so they never see each other's data.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public abstract class ApiTestBase(string provider)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static readonly Dictionary<string, string[]> AllPermissions = new()
    {
        ["Packages"] = ["View", "Edit", "Delete"],
        ["Categories"] = ["View", "Edit", "Delete"],
        ["Coupons"] = ["View", "Edit", "Delete"],
        ["Sales"] = ["View", "Edit", "Delete"],
        ["GiftCards"] = ["View", "Edit", "Delete"],
        ["Orders"] = ["View", "Edit"],
        ["Customers"] = ["View"],
        ["Bans"] = ["View", "Edit", "Delete"],
        ["Subscriptions"] = ["View"],
    };

    private TestDatabase? _database;

    protected string Provider { get; } = provider;

    protected FluxStoreFactory Factory { get; private set; } = null!;

    /// <summary>Configuration overrides for this fixture's API (rate limits, for instance).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>A clock for this fixture's API; null keeps the real one.</summary>
    protected virtual TimeProvider? Clock => null;

    [OneTimeSetUp]
    public async Task StartApiAsync()
    {
        _database = await TestDatabase.CreateAsync(Provider);
        Factory = new FluxStoreFactory(_database, Settings, Clock);
        _ = Factory.Server; // boot now: migrations run here, not inside the first test
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        await Factory.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    protected HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>Runs <paramref name="action"/> on a database context of the running API (to arrange state a test cannot reach over HTTP).</summary>
    protected async Task WithDbAsync(Func<FluxStore.Management.Infrastructure.Persistence.ApplicationDbContext, Task> action)
    {
        using var scope = Factory.Services.CreateScope();
        await action(scope.ServiceProvider.GetRequiredService<FluxStore.Management.Infrastructure.Persistence.ApplicationDbContext>());
    }

    protected HttpClient WithKey(string apiKey)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        return client;
    }

    protected HttpClient WithBearer(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    protected async Task<DashboardUser> NewUserAsync(string? email = null)
    {
        email ??= $"user-{Guid.NewGuid():N}@example.com";
        const string password = "correct-horse-battery";
        var client = Anonymous();
        var registered = await ReadAsync<UserDto>(await client.PostAsJsonAsync("/api/auth/register", new { email, password, displayName = "Test user" }));
        var token = await LoginAsync(email, password);
        return new DashboardUser(registered.Id, email, password, WithBearer(token));
    }

    protected async Task<string> LoginAsync(string email, string password)
    {
        var login = await ReadAsync<LoginResultDto>(await Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password }));
        return login.AccessToken;
    }

    private HttpClient? _admin;

    /// <summary>The bootstrap platform admin (signed in once per fixture).</summary>
    protected async Task<HttpClient> AdminAsync() =>
        _admin ??= WithBearer(await LoginAsync(FluxStoreFactory.AdminEmail, FluxStoreFactory.AdminPassword));

    protected async Task<StoreDto> NewStoreAsync(DashboardUser owner, bool pro = true, string? currency = null)
    {
        var store = await ReadAsync<StoreDto>(await owner.Client.PostAsJsonAsync("/api/stores", new { name = "Test store", currency }));
        if (pro)
        {
            await SetPlanAsync(store.Id, "Pro", null);
        }

        return store;
    }

    protected async Task<StoreDto> SetPlanAsync(Guid storeId, string plan, DateTime? expiresAt)
    {
        var admin = await AdminAsync();
        return await ReadAsync<StoreDto>(await admin.PutAsJsonAsync($"/api/admin/stores/{storeId}/plan", new { plan, expiresAt }));
    }

    protected async Task<ApiKeyCreatedDto> NewKeyAsync(DashboardUser owner, Guid storeId, object? permissions = null, DateTime? expiresAt = null)
    {
        var response = await owner.Client.PostAsJsonAsync(
            $"/api/stores/{storeId}/api-keys",
            new { name = "Test key", permissions = permissions ?? AllPermissions, expiresAt });
        return await ReadAsync<ApiKeyCreatedDto>(response);
    }

    /// <summary>A registered owner, a Pro store and a key with the given (default: every) permission.</summary>
    protected async Task<StoreSetup> NewStoreWithKeyAsync(object? permissions = null)
    {
        var owner = await NewUserAsync();
        var store = await NewStoreAsync(owner);
        var key = await NewKeyAsync(owner, store.Id, permissions);
        return new StoreSetup(owner, store, key, WithKey(key.Key));
    }

    /// <summary>Asserts a successful wrapper and returns its data.</summary>
    protected static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the body was {0}", body);
        var wrapper = JsonSerializer.Deserialize<ApiResponse<T>>(body, Json)!;
        wrapper.Success.Should().BeTrue();
        wrapper.Errors.Should().BeEmpty();
        return wrapper.Data!;
    }

    /// <summary>Asserts an error status with the wrapper (<c>success:false</c>, <c>data:null</c>, a message).</summary>
    protected static async Task<ApiResponse<JsonElement?>> ReadErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "the body was {0}", body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var wrapper = JsonSerializer.Deserialize<ApiResponse<JsonElement?>>(body, Json)!;
        wrapper.Success.Should().BeFalse();
        wrapper.Data.Should().BeNull();
        wrapper.Message.Should().NotBeNullOrWhiteSpace();
        using var document = JsonDocument.Parse(body);
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo("success", "data", "message", "errors");
        return wrapper;
    }

    protected static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    protected static Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, object body) =>
        client.PatchAsync(url, JsonContent.Create(body));
}

public sealed record DashboardUser(Guid Id, string Email, string Password, HttpClient Client);

public sealed record StoreSetup(DashboardUser Owner, StoreDto Store, ApiKeyCreatedDto Key, HttpClient Api);
