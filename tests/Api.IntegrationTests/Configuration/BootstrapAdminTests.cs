namespace FluxStore.Management.Api.IntegrationTests.Configuration;

/// <summary>
/// <c>FluxStore:Bootstrap:*</c> promotes an existing account only when the configured password is its password,
/// and two instances starting together on an empty database both start.
/// </summary>
[TestFixtureSource(typeof(TestDatabase), nameof(TestDatabase.Providers))]
public sealed class BootstrapAdminTests(string provider)
{
    private const string SquatterPassword = "squatter-password-456";

    [Test]
    public async Task AnAccountRegisteredWithTheAdminEmailIsNotPromotedWithoutTheConfiguredPassword()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        var email = $"operator-{Guid.NewGuid():N}@example.com";

        // Someone registers the operator's address before the operator configures it.
        await using (var first = new FluxStoreFactory(database, new Dictionary<string, string?> { ["FluxStore:Bootstrap:AdminEmail"] = "" }))
        {
            var registered = await first.CreateClient().PostAsJsonAsync("/api/auth/register", new { email, password = SquatterPassword, displayName = "Squatter" });
            registered.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        await using (var configured = new FluxStoreFactory(database, new Dictionary<string, string?>
        {
            ["FluxStore:Bootstrap:AdminEmail"] = email,
            ["FluxStore:Bootstrap:AdminPassword"] = FluxStoreFactory.AdminPassword,
        }))
        {
            var client = configured.CreateClient();
            (await AdminCallAsync(client, email, SquatterPassword)).Should().Be(HttpStatusCode.Forbidden, "the squatter was not promoted");

            var warning = configured.Logs.Lines.Where(l => l.StartsWith("Warning", StringComparison.Ordinal) && l.Contains("FluxStore:Bootstrap:AdminEmail", StringComparison.Ordinal)).ToList();
            warning.Should().ContainSingle("start-up says why nobody was promoted");
            configured.Logs.Lines.Should().NotContain(l => l.Contains(FluxStoreFactory.AdminPassword, StringComparison.Ordinal) || l.Contains(SquatterPassword, StringComparison.Ordinal));
        }

        // With the account's real password configured, the owner of the account is promoted.
        await using var owner = new FluxStoreFactory(database, new Dictionary<string, string?>
        {
            ["FluxStore:Bootstrap:AdminEmail"] = email,
            ["FluxStore:Bootstrap:AdminPassword"] = SquatterPassword,
        });
        (await AdminCallAsync(owner.CreateClient(), email, SquatterPassword)).Should().Be(HttpStatusCode.NotFound, "a platform admin reaches the operator API");
    }

    [Test]
    public async Task TwoInstancesStartingTogetherOnAnEmptyDatabaseBothStart()
    {
        await using var database = await TestDatabase.CreateAsync(provider);
        await using var one = new FluxStoreFactory(database);
        await using var two = new FluxStoreFactory(database);

        var starts = new[] { one, two }.Select(f => Task.Run(() => f.Server)).ToArray();
        await Task.WhenAll(starts);

        foreach (var factory in new[] { one, two })
        {
            (await AdminCallAsync(factory.CreateClient(), FluxStoreFactory.AdminEmail, FluxStoreFactory.AdminPassword))
                .Should().Be(HttpStatusCode.NotFound, "the bootstrap admin exists once and is an admin");
        }
    }

    /// <summary>Signs in and calls the operator API for a store that does not exist: 404 for an admin, 403 for anyone else.</summary>
    private static async Task<HttpStatusCode> AdminCallAsync(HttpClient client, string email, string password)
    {
        var login = await client.PostAsJsonAsync("/api/auth/login", new { email, password });
        login.StatusCode.Should().Be(HttpStatusCode.OK);
        using var document = JsonDocument.Parse(await login.Content.ReadAsStringAsync());
        var token = document.RootElement.GetProperty("data").GetProperty("accessToken").GetString();
        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/admin/stores/{Guid.NewGuid()}/plan")
        {
            Content = JsonContent.Create(new { plan = "Pro", expiresAt = (DateTime?)null }),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", token);
        return (await client.SendAsync(request)).StatusCode;
    }
}
