namespace FluxStore.Management.Api.IntegrationTests.Hosting;

/// <summary><c>/dashboard</c>: the built app from <c>FluxStore:Dashboard:Path</c>, or a page saying how to build it.</summary>
public sealed class DashboardHostingTests(string provider) : ApiTestBase(provider)
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"fluxstore-dashboard-test-{Guid.NewGuid():N}");

    private string AppFolder => Path.Combine(_root, "app");

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:Dashboard:Path"] = AppFolder,
    };

    [SetUp]
    public void EmptyAppFolder()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }

        Directory.CreateDirectory(AppFolder);
        File.WriteAllText(Path.Combine(_root, "secret.txt"), "outside the app folder");
    }

    [OneTimeTearDown]
    public void RemoveFolder()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    [TestCase("/dashboard")]
    [TestCase("/dashboard/")]
    [TestCase("/dashboard/assets/index.js")]
    public async Task ShouldAnswerAShortPageSayingHowToBuildWhenTheAppIsMissing(string path)
    {
        var response = await Anonymous().GetAsync(path);

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        var body = await response.Content.ReadAsStringAsync();
        body.Should().Contain("The dashboard is not built").And.Contain("./build.sh --target=DashboardBuild").And.Contain("npm run build");
    }

    [Test]
    public async Task ShouldServeTheBuiltAppItsAssetsAndIndexForAppRoutes()
    {
        WriteApp();
        var client = Anonymous();

        foreach (var path in new[] { "/dashboard", "/dashboard/", "/dashboard/stores/123/api-keys" })
        {
            var page = await client.GetAsync(path);
            page.StatusCode.Should().Be(HttpStatusCode.OK, path);
            page.Content.Headers.ContentType!.MediaType.Should().Be("text/html", path);
            (await page.Content.ReadAsStringAsync()).Should().Contain("<div id=\"root\">", path);
            page.Headers.CacheControl!.NoCache.Should().BeTrue(path);
            page.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("default-src 'self'");
            page.Headers.GetValues("X-Content-Type-Options").Single().Should().Be("nosniff");
        }

        var script = await client.GetAsync("/dashboard/assets/index-abc123.js");
        script.StatusCode.Should().Be(HttpStatusCode.OK);
        script.Content.Headers.ContentType!.MediaType.Should().Be("text/javascript");
        (await script.Content.ReadAsStringAsync()).Should().Be("console.log('app');");
        script.Headers.CacheControl!.ToString().Should().Contain("immutable");
    }

    [Test]
    public async Task ShouldAnswer404ForMissingFilesAndNeverServeOutsideTheAppFolder()
    {
        WriteApp();
        var client = Anonymous();

        (await client.GetAsync("/dashboard/assets/missing.js")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreach (var path in new[] { "/dashboard/..%2Fsecret.txt", "/dashboard/%2E%2E/secret.txt", "/dashboard/assets/..%2F..%2Fsecret.txt" })
        {
            var response = await client.GetAsync(path);
            (await response.Content.ReadAsStringAsync()).Should().NotContain("outside the app folder", path);
        }
    }

    private void WriteApp()
    {
        File.WriteAllText(Path.Combine(AppFolder, "index.html"), "<!doctype html><html><body><div id=\"root\"></div><script type=\"module\" src=\"/dashboard/assets/index-abc123.js\"></script></body></html>");
        Directory.CreateDirectory(Path.Combine(AppFolder, "assets"));
        File.WriteAllText(Path.Combine(AppFolder, "assets", "index-abc123.js"), "console.log('app');");
    }
}
