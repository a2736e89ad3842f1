using System.Collections.Immutable;
using System.Net.Http.Headers;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using FluxStore.Management.Application.ApiKeys;
using FluxStore.Management.Application.Auth;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Application.Stores;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>
/// Base class of the HTTP tests. One API instance per provider (SQLite always; PostgreSQL and SQL Server when
/// configured, see <see cref="TestDatabase"/>) and per distinct configuration is booted once for the whole test run
/// and shared by every fixture with that configuration; before each test its database is emptied (Respawn), so every
/// test starts from a clean database with only the bootstrap admin in it, on the real time (a <see cref="MutableClock"/>
/// is put back) and with nothing remembered in memory (<see cref="ResetAsync"/>).
/// <para>
/// To write a test: derive, use <see cref="NewStoreWithKeyAsync"/> and friends, assert over HTTP. To configure the API,
/// override <see cref="Settings"/> (configuration keys) and/or <see cref="Clock"/>: fixtures with equal settings (and
/// the same clock instance) share one instance, any other configuration gets its own. Arrange in <c>[SetUp]</c>, never
/// in <c>[OneTimeSetUp]</c> (the database is emptied before every test). A fixture that stops or restarts its API sets
/// <see cref="OwnsHost"/>; it then gets a private instance for its tests alone.
/// </para>
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public abstract class ApiTestBase(string provider)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Every Store API permission, as a key's <c>permissions</c> body (immutable: shared by every test).</summary>
    public static readonly ImmutableDictionary<string, ImmutableArray<string>> AllPermissions = new Dictionary<string, ImmutableArray<string>>
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
    }.ToImmutableDictionary();

    private ApiHost? _host;

    protected string Provider { get; } = provider;

    protected FluxStoreFactory Factory => _host?.Factory ?? throw new InvalidOperationException("The API starts in [OneTimeSetUp].");

    /// <summary>Configuration overrides for this fixture's API (rate limits, for instance).</summary>
    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>A clock for this fixture's API; null keeps the real one. Keep one instance per fixture (a field).</summary>
    protected virtual TimeProvider? Clock => null;

    /// <summary>True for a fixture that stops its API: it gets a private instance, disposed after its tests.</summary>
    protected virtual bool OwnsHost => false;

    [OneTimeSetUp]
    public async Task StartApiAsync() =>
        _host = OwnsHost
            ? await ApiHost.StartAsync(Provider, Settings, Clock)
            : await ApiHost.GetAsync(Provider, Settings, Clock);

    /// <summary>
    /// Before every test: the clock back to the real time, every in-memory store that outlives a request emptied
    /// (rate-limit counters, caches, bad-key gate, key directories; see <see cref="InMemoryState"/>) and the database
    /// emptied. Nothing a test did reaches the next one.
    /// </summary>
    [SetUp]
    public async Task ResetAsync()
    {
        (Clock as MutableClock)?.Reset();
        InMemoryState.Reset(Factory.Services);
        await _host!.ResetAsync();
    }

    [OneTimeTearDown]
    public async Task StopApiAsync()
    {
        if (OwnsHost && _host is not null)
        {
            await _host.DisposeAsync();
        }
    }

    protected HttpClient Anonymous() => Factory.CreateClient();

    /// <summary>Runs <paramref name="action"/> on a database context of the running API (to arrange state a test cannot reach over HTTP).</summary>
    protected Task WithDbAsync(Func<FluxStore.Management.Infrastructure.Persistence.ApplicationDbContext, Task> action) =>
        Factory.WithDbAsync(action);

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
        return new DashboardUser(registered.Id, email, password, WithBearer(SignIn(registered.Id, registered.Email)));
    }

    /// <summary>
    /// A dashboard token from the API's own token service, the one login issues after checking the password. Tests sign
    /// in this way because a password check costs about 0.15 s of CPU; login itself is tested over HTTP
    /// (<c>AccountsAndStoresTests</c>), and <see cref="LoginAsync"/> is there for a test that needs it.
    /// </summary>
    protected string SignIn(Guid userId, string email, bool isPlatformAdmin = false) =>
        Factory.Services.GetRequiredService<ITokenService>().Issue(userId, email, isPlatformAdmin).Token;

    protected async Task<string> LoginAsync(string email, string password)
    {
        var login = await ReadAsync<LoginResultDto>(await Anonymous().PostAsJsonAsync("/api/auth/login", new { email, password }));
        return login.AccessToken;
    }

    private HttpClient? _admin;

    /// <summary>The bootstrap platform admin (the reset keeps the admin's row as it was at start-up).</summary>
    protected Task<HttpClient> AdminAsync() =>
        Task.FromResult(_admin ??= WithBearer(SignIn(_host!.AdminId, FluxStoreFactory.AdminEmail, isPlatformAdmin: true)));

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
    public static async Task<T> ReadAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the body was {0}", body);
        var wrapper = JsonSerializer.Deserialize<ApiResponse<T>>(body, Json)!;
        wrapper.Success.Should().BeTrue();
        wrapper.Errors.Should().BeEmpty();
        return wrapper.Data!;
    }

    /// <summary>Asserts an error status with the wrapper (<c>success:false</c>, <c>data:null</c>, a message).</summary>
    public static async Task<ApiResponse<JsonElement?>> ReadErrorAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, "the body was {0}", body);
        response.Content.Headers.ContentType?.MediaType.Should().Be("application/json");
        var wrapper = JsonSerializer.Deserialize<ApiResponse<JsonElement?>>(body, Json)!;
        wrapper.Success.Should().BeFalse();
        wrapper.Data.Should().BeNull();
        wrapper.Message.Should().NotBeNullOrWhiteSpace();
        using var document = JsonDocument.Parse(body);
        // A 5xx also carries the trace id the user can quote (issue #22).
        string[] fields = (int)status >= 500 ? ["success", "data", "message", "errors", "traceId"] : ["success", "data", "message", "errors"];
        document.RootElement.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(fields);
        return wrapper;
    }

    /// <summary>Asserts a 400 wrapper with errors and returns them joined, for message assertions.</summary>
    public static async Task<string> ReadBadRequestAsync(HttpResponseMessage response)
    {
        var wrapper = await ReadErrorAsync(response, HttpStatusCode.BadRequest);
        wrapper.Errors.Should().NotBeEmpty();
        return string.Join(" | ", wrapper.Errors);
    }

    protected static StringContent RawJson(string json) => new(json, Encoding.UTF8, "application/json");

    protected static Task<HttpResponseMessage> PatchAsync(HttpClient client, string url, object body) =>
        client.PatchAsync(url, JsonContent.Create(body));
}

public sealed record DashboardUser(Guid Id, string Email, string Password, HttpClient Client);

public sealed record StoreSetup(DashboardUser Owner, StoreDto Store, ApiKeyCreatedDto Key, HttpClient Api);
