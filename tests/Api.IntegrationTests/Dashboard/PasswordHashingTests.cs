using System.Diagnostics;
using FluxStore.Management.Domain.Users;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FluxStore.Management.Api.IntegrationTests.Dashboard;

/// <summary>Dashboard passwords are bcrypt; accounts from the PBKDF2 days move to bcrypt when they next sign in.</summary>
public sealed class PasswordHashingTests(string provider) : ApiTestBase(provider)
{
    private const int WorkFactor = 10;

    // A real (if lower than production) cost, so an unknown email measurably pays for a bcrypt check too.
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Passwords:BcryptWorkFactor"] = WorkFactor.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    [Test]
    public async Task RegistrationShouldStoreABcryptHashWithTheConfiguredWorkFactor()
    {
        var user = await NewUserAsync();

        var hash = await StoredHashAsync(user.Email);
        hash.Should().MatchRegex(@"^\$2[abxy]?\$10\$[./A-Za-z0-9]{53}$");
        hash.Should().NotContain(user.Password);
    }

    [Test]
    public async Task AnAccountHashedWithPbkdf2ShouldLogInAndBeRehashedToBcrypt()
    {
        var user = await NewUserAsync();
        var legacyHash = new PasswordHasher<User>().HashPassword(null!, user.Password); // the format before bcrypt
        await SetStoredHashAsync(user.Email, legacyHash);

        var wrong = await Anonymous().PostAsJsonAsync("/api/auth/login", new { email = user.Email, password = "not-the-password" });
        await ReadErrorAsync(wrong, HttpStatusCode.Unauthorized);
        (await StoredHashAsync(user.Email)).Should().Be(legacyHash, "a failed login changes nothing");

        var token = await LoginAsync(user.Email, user.Password);
        (await WithBearer(token).GetAsync("/api/stores")).StatusCode.Should().Be(HttpStatusCode.OK);

        var rehashed = await StoredHashAsync(user.Email);
        rehashed.Should().StartWith("$2").And.Contain("$10$");
        await LoginAsync(user.Email, user.Password); // and the new hash verifies
        (await StoredHashAsync(user.Email)).Should().Be(rehashed, "a current hash is not rewritten on every login");
    }

    [Test]
    public async Task ABcryptHashWithAnotherWorkFactorShouldBeRehashedOnLogin()
    {
        var user = await NewUserAsync();
        await SetStoredHashAsync(user.Email, BCrypt.Net.BCrypt.EnhancedHashPassword(user.Password, BCrypt.Net.HashType.SHA384, 4));

        await LoginAsync(user.Email, user.Password);

        (await StoredHashAsync(user.Email)).Should().Contain("$10$");
    }

    [Test]
    public async Task AnUnknownEmailShouldCostABcryptCheckToo()
    {
        var user = await NewUserAsync();
        await Anonymous().PostAsJsonAsync("/api/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = user.Password }); // warm-up

        var unknown = Stopwatch.StartNew();
        var response = await Anonymous().PostAsJsonAsync("/api/auth/login", new { email = $"nobody-{Guid.NewGuid():N}@example.com", password = user.Password });
        unknown.Stop();

        await ReadErrorAsync(response, HttpStatusCode.Unauthorized);
        // 2^10 bcrypt rounds take tens of milliseconds on any machine; an answer without a password check takes a few.
        unknown.ElapsedMilliseconds.Should().BeGreaterThanOrEqualTo(25);
    }

    [TestCase("3")]
    [TestCase("21")]
    [TestCase("eleven")]
    public async Task AnOutOfRangeWorkFactorShouldStopTheApiAtStartUp(string factor)
    {
        await using var database = await TestDatabase.CreateAsync(Provider);
        await using var factory = new FluxStoreFactory(database, new Dictionary<string, string?> { ["FluxStore:Passwords:BcryptWorkFactor"] = factor });

        var start = () => factory.Server;

        start.Should().Throw<Exception>().Where(e => e.ToString().Contains("BcryptWorkFactor"));
    }

    private async Task<string> StoredHashAsync(string email)
    {
        var hash = string.Empty;
        await WithDbAsync(async db => hash = await db.Users.Where(u => u.NormalizedEmail == User.Normalize(email)).Select(u => u.PasswordHash).SingleAsync());
        return hash;
    }

    private Task SetStoredHashAsync(string email, string hash) => WithDbAsync(async db =>
    {
        var user = await db.Users.SingleAsync(u => u.NormalizedEmail == User.Normalize(email));
        user.SetPasswordHash(hash);
        await db.SaveChangesAsync();
    });
}
