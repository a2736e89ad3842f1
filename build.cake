// FluxStore Store Management API build: ./build.sh [--target=<task>]
var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");
var solution = "./FluxStore.Management.sln";
var artifacts = Directory("./artifacts");
var testResults = artifacts + Directory("test-results");

Task("Clean")
    .Does(() =>
{
    CleanDirectory(testResults);
});

Task("Restore")
    .Does(() =>
{
    DotNetRestore(solution);
});

Task("Build")
    .IsDependentOn("Clean")
    .IsDependentOn("Restore")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings
    {
        Configuration = configuration,
        NoRestore = true,
    });
});

Task("Test")
    .IsDependentOn("Build")
    .Does(() =>
{
    var failures = new List<string>();
    foreach (var project in GetFiles("./tests/**/*.csproj"))
    {
        var name = project.GetFilenameWithoutExtension().ToString();
        try
        {
            DotNetTest(project.FullPath, new DotNetTestSettings
            {
                Configuration = configuration,
                NoBuild = true,
                NoRestore = true,
                ResultsDirectory = testResults,
                Loggers = new[] { $"trx;LogFileName={name}.trx", "console;verbosity=minimal" },
            });
        }
        catch (Exception)
        {
            failures.Add(name);
        }
    }

    var passed = 0;
    var failed = 0;
    foreach (var trx in GetFiles($"{testResults}/*.trx"))
    {
        var counters = System.Xml.Linq.XDocument.Load(trx.FullPath).Descendants().First(e => e.Name.LocalName == "Counters");
        passed += int.Parse(counters.Attribute("passed").Value);
        failed += int.Parse(counters.Attribute("failed").Value);
    }

    Information($"Tests: {passed} passed, {failed} failed");
    if (failures.Count > 0)
    {
        throw new Exception($"Tests failed in: {string.Join(", ", failures)}");
    }
});

// ---------------------------------------------------------------------------------------------------------
// OpenAPI document and TypeScript client (clients/). See README.md, "TypeScript client".
// ---------------------------------------------------------------------------------------------------------
var clientDir = MakeAbsolute(Directory("./clients/typescript"));
var openApiDir = MakeAbsolute(Directory("./clients/openapi"));
var openApiDocument = MakeAbsolute(File("./clients/openapi/fluxstore.json"));
var generatedClient = clientDir.CombineWithFilePath("src/fluxstore-client.ts");
// Files the build writes and that must be committed exactly as generated.
var generatedFiles = new[] { openApiDocument, generatedClient };
var npm = IsRunningOnWindows() ? "npm.cmd" : "npm";

FilePath ApiDll()
{
    var dll = GetFiles($"./src/Api/bin/{configuration}/**/FluxStore.Management.Api.dll").FirstOrDefault();
    if (dll == null)
    {
        throw new Exception($"The API is not built ({configuration}): run the Build target first.");
    }

    return dll;
}

void Run(string tool, string arguments, DirectoryPath workingDirectory = null, IDictionary<string, string> environment = null)
{
    var exitCode = StartProcess(tool, new ProcessSettings
    {
        Arguments = arguments,
        WorkingDirectory = workingDirectory ?? MakeAbsolute(Directory(".")),
        EnvironmentVariables = environment ?? new Dictionary<string, string>(),
    });
    if (exitCode != 0)
    {
        throw new Exception($"'{tool} {arguments}' failed with exit code {exitCode}.");
    }
}

// npm ci in a package folder, skipped when its node_modules already matches its package-lock.json.
void NpmCi(DirectoryPath dir)
{
    var lockFile = dir.CombineWithFilePath("package-lock.json");
    var stamp = dir.CombineWithFilePath("node_modules/.fluxstore-package-lock.json");
    if (FileExists(stamp) && System.IO.File.ReadAllText(stamp.FullPath) == System.IO.File.ReadAllText(lockFile.FullPath))
    {
        Information($"{dir.GetDirectoryName()}/node_modules is up to date with package-lock.json.");
        return;
    }

    Run(npm, "ci --no-audit --no-fund", dir);
    CopyFile(lockFile, stamp);
}

Task("ClientDependencies")
    .Description("npm ci in clients/typescript (skipped when node_modules already matches package-lock.json).")
    .Does(() => NpmCi(clientDir));

Task("OpenApiLintDependencies")
    .Description("npm ci in clients/openapi: Stoplight Spectral only (skipped when node_modules already matches package-lock.json).")
    .Does(() => NpmCi(openApiDir));

Task("OpenApi")
    .Description("Exports the API's OpenAPI document to clients/openapi/fluxstore.json, validates it as OpenAPI 3.0 and lints it with Spectral (spectral:oas, warnings fail).")
    .IsDependentOn("Build")
    .IsDependentOn("ClientDependencies")
    .IsDependentOn("OpenApiLintDependencies")
    .Does(() =>
{
    // The API's export mode: builds the app without a server or database, writes the document, exits.
    Run("dotnet", $"\"{ApiDll().FullPath}\" --export-openapi \"{openApiDocument.FullPath}\"");
    Run("node", $"scripts/validate-openapi.mjs \"{openApiDocument.FullPath}\"", clientDir);
    // Reads as documentation: every operation with a summary and description, every tag defined, servers, contact.
    Run("node", $"node_modules/@stoplight/spectral-cli/dist/index.js lint \"{openApiDocument.FullPath}\" --ruleset .spectral.yaml --fail-severity=warn", openApiDir);
});

Task("Client")
    .Description("Regenerates the TypeScript client with NSwag from the document and type-checks it.")
    .IsDependentOn("OpenApi")
    .Does(() =>
{
    Run("node", "node_modules/nswag/bin/nswag.js run nswag.json /runtime:Net100", clientDir);
    Run("node", "node_modules/typescript/bin/tsc --noEmit -p tsconfig.json", clientDir);
    Information("TypeScript client regenerated and type-checked.");
});

Task("ClientDrift")
    .Description("Fails when the generated document or client differs from the committed one.")
    .IsDependentOn("Client")
    .Does(() => CheckDrift(generatedFiles, "./build.sh --target=Client", "clients/: the committed OpenAPI document and TypeScript client match the build."));

// Fails when one of files differs from what is committed (or is not committed at all).
void CheckDrift(IEnumerable<FilePath> files, string regenerate, string success)
{
    var paths = string.Join(" ", files.Select(f => $"\"{f.FullPath}\""));
    IEnumerable<string> changed, untracked;
    int diffExit, untrackedExit;
    try
    {
        diffExit = StartProcess("git", new ProcessSettings { Arguments = $"diff --name-only -- {paths}", RedirectStandardOutput = true }, out changed);
        untrackedExit = StartProcess("git", new ProcessSettings { Arguments = $"ls-files --others --exclude-standard -- {paths}", RedirectStandardOutput = true }, out untracked);
    }
    catch (Exception ex)
    {
        Warning($"Drift check skipped: git is not available ({ex.Message}).");
        return;
    }

    if (diffExit != 0 || untrackedExit != 0)
    {
        Warning("Drift check skipped: not a git working tree.");
        return;
    }

    var drifted = changed.Concat(untracked).Where(l => !string.IsNullOrWhiteSpace(l)).Distinct().ToList();
    if (drifted.Count > 0)
    {
        foreach (var file in drifted)
        {
            Error($"{file} differs from what the build generates — run {regenerate} and commit");
        }

        throw new Exception($"Generated files are out of date: {string.Join(", ", drifted)}");
    }

    Information(success);
}

Task("ClientSmoke")
    .Description("Starts the built API on a free loopback port with a fresh SQLite file and runs the client smoke script.")
    .IsDependentOn("Client")
    .Does(() =>
{
    Run("node", "node_modules/typescript/bin/tsc -p tsconfig.json", clientDir);

    const int permitLimit = 5;
    var adminEmail = "smoke-admin@example.com";
    var adminPassword = "Smoke-" + Guid.NewGuid().ToString("N");
    WithRunningApi("client-smoke", adminEmail, adminPassword, new Dictionary<string, string>
    {
        ["FluxStore__RateLimit__PermitLimit"] = permitLimit.ToString(),
    }, baseUrl => Run("node", "dist/smoke/smoke.js", clientDir, new Dictionary<string, string>
    {
        ["FLUXSTORE_URL"] = baseUrl,
        ["FLUXSTORE_ADMIN_EMAIL"] = adminEmail,
        ["FLUXSTORE_ADMIN_PASSWORD"] = adminPassword,
        ["FLUXSTORE_RATE_LIMIT"] = permitLimit.ToString(),
    }));
});

// Starts the built API (Production, no demo data) on a free loopback port with a fresh SQLite file and the given
// bootstrap admin, waits for /health/ready, runs `run(baseUrl)`, then stops it. The API's log goes to artifacts/<name>/.
void WithRunningApi(string name, string adminEmail, string adminPassword, IDictionary<string, string> settings, Action<string> run)
{
    var apiDll = ApiDll();
    var workDir = System.IO.Directory.CreateTempSubdirectory($"fluxstore-{name}-").FullName;
    var logDir = MakeAbsolute(artifacts + Directory(name));
    EnsureDirectoryExists(logDir);
    var logPath = logDir.CombineWithFilePath("server.log").FullPath;

    int port;
    var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
    probe.Start();
    port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    probe.Stop();
    var baseUrl = $"http://127.0.0.1:{port}";

    var start = new System.Diagnostics.ProcessStartInfo("dotnet")
    {
        WorkingDirectory = apiDll.GetDirectory().FullPath, // appsettings.json of the build output
        RedirectStandardOutput = true,
        RedirectStandardError = true,
        UseShellExecute = false,
    };
    start.ArgumentList.Add(apiDll.FullPath);
    start.ArgumentList.Add("--urls");
    start.ArgumentList.Add(baseUrl);
    start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production"; // no demo data
    start.Environment["DOTNET_ENVIRONMENT"] = "Production";
    start.Environment["Database__Provider"] = "Sqlite";
    start.Environment["Database__ConnectionString"] = $"Data Source={System.IO.Path.Combine(workDir, "api.db")}";
    start.Environment["Database__MigrateOnStartup"] = "true";
    start.Environment["FluxStore__Jwt__SigningKey"] = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
    start.Environment["FluxStore__Bootstrap__AdminEmail"] = adminEmail;
    start.Environment["FluxStore__Bootstrap__AdminPassword"] = adminPassword;
    start.Environment["FluxStore__RateLimit__WindowSeconds"] = "60";
    start.Environment["Logging__LogLevel__Default"] = "Warning";
    start.Environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
    foreach (var (key, value) in settings)
    {
        start.Environment[key] = value;
    }

    var log = new System.IO.StreamWriter(logPath) { AutoFlush = true };
    var server = new System.Diagnostics.Process { StartInfo = start };
    server.OutputDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };
    server.ErrorDataReceived += (_, e) => { if (e.Data != null) lock (log) log.WriteLine(e.Data); };

    var passed = false;
    try
    {
        server.Start();
        server.BeginOutputReadLine();
        server.BeginErrorReadLine();
        Information($"API started (pid {server.Id}) on {baseUrl}; log: {logPath}");

        using (var http = new System.Net.Http.HttpClient { Timeout = TimeSpan.FromSeconds(5) })
        {
            var deadline = DateTime.UtcNow.AddSeconds(90);
            var ready = false;
            while (!ready)
            {
                if (server.HasExited)
                {
                    throw new Exception($"The API exited with code {server.ExitCode} before it was ready.");
                }

                if (DateTime.UtcNow > deadline)
                {
                    throw new Exception("The API was not ready within 90 seconds.");
                }

                try
                {
                    ready = http.GetAsync($"{baseUrl}/health/ready").GetAwaiter().GetResult().IsSuccessStatusCode;
                }
                catch (Exception)
                {
                }

                if (!ready)
                {
                    System.Threading.Thread.Sleep(250);
                }
            }
        }

        run(baseUrl);
        passed = true;
    }
    finally
    {
        if (!server.HasExited)
        {
            server.Kill(entireProcessTree: true);
        }

        server.WaitForExit(10000);
        lock (log) log.Dispose();
        try { System.IO.Directory.Delete(workDir, recursive: true); } catch (Exception) { }

        if (!passed)
        {
            Error("Last lines of the API log:");
            foreach (var line in System.IO.File.ReadLines(logPath).TakeLast(40))
            {
                Error("  " + line);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------------------
// Dashboard (clients/dashboard): built into the API's static files, tested in Debian's chromium. See README.md.
// ---------------------------------------------------------------------------------------------------------
var dashboardDir = MakeAbsolute(Directory("./clients/dashboard"));
var dashboardOut = MakeAbsolute(Directory("./src/Api/wwwroot/dashboard"));

Task("DashboardDependencies")
    .Description("npm ci in clients/dashboard (skipped when node_modules already matches package-lock.json).")
    .Does(() =>
{
    var lockFile = dashboardDir.CombineWithFilePath("package-lock.json");
    var stamp = dashboardDir.CombineWithFilePath("node_modules/.fluxstore-package-lock.json");
    if (FileExists(stamp) && System.IO.File.ReadAllText(stamp.FullPath) == System.IO.File.ReadAllText(lockFile.FullPath))
    {
        Information("clients/dashboard/node_modules is up to date with package-lock.json.");
        return;
    }

    Run(npm, "ci --no-audit --no-fund", dashboardDir);
    CopyFile(lockFile, stamp);
});

Task("DashboardBuild")
    .Description("Type-checks the dashboard against the generated client, builds it into src/Api/wwwroot/dashboard and checks its size.")
    .IsDependentOn("DashboardDependencies")
    .Does(() =>
{
    Run("node", "node_modules/typescript/bin/tsc --noEmit -p tsconfig.json", dashboardDir);
    Run("node", "node_modules/vite/bin/vite.js build --logLevel warn", dashboardDir, new Dictionary<string, string>
    {
        ["FLUXSTORE_DASHBOARD_OUT"] = dashboardOut.FullPath,
    });
    Run("node", $"scripts/bundle-size.mjs \"{dashboardOut.FullPath}\"", dashboardDir);
});

Task("DashboardE2E")
    .Description("Starts the built API with the built dashboard and runs the browser tests in Debian's chromium (headless).")
    .IsDependentOn("Build")
    .IsDependentOn("DashboardBuild")
    .Does(() =>
{
    var adminEmail = "e2e-admin@example.com";
    var adminPassword = "E2e-" + Guid.NewGuid().ToString("N");
    var screenshots = MakeAbsolute(artifacts + Directory("dashboard"));
    CleanDirectory(screenshots);
    WithRunningApi("dashboard", adminEmail, adminPassword, new Dictionary<string, string>
    {
        ["FluxStore__Dashboard__Path"] = dashboardOut.FullPath,
        ["FluxStore__Webhooks__AllowPrivateTargets"] = "true", // the browser test's webhook receiver listens on loopback
    }, baseUrl => Run("node", "e2e/dashboard.e2e.mjs", dashboardDir, new Dictionary<string, string>
    {
        ["FLUXSTORE_URL"] = baseUrl,
        ["FLUXSTORE_ADMIN_EMAIL"] = adminEmail,
        ["FLUXSTORE_ADMIN_PASSWORD"] = adminPassword,
        ["FLUXSTORE_SCREENSHOTS"] = screenshots.FullPath,
        ["FLUXSTORE_TRX"] = MakeAbsolute(testResults).CombineWithFilePath("DashboardE2E.trx").FullPath,
    }));
});

// ---------------------------------------------------------------------------------------------------------
// Observability: Debian's Prometheus scrapes the built API while orders are placed (scripts/prometheus-check.sh).
// Its checks are written to test-results/PrometheusCheck.trx and counted in the final "N passed, N failed" line.
// ---------------------------------------------------------------------------------------------------------
Task("PrometheusCheck")
    .Description("Runs Debian's prometheus (installed if missing) against the built API's /metrics and checks the order counter through its query API.")
    .IsDependentOn("Build")
    .Does(() =>
{
    EnsureDirectoryExists(testResults);
    Run("bash", $"scripts/prometheus-check.sh \"{ApiDll().FullPath}\" \"{MakeAbsolute(testResults).CombineWithFilePath("PrometheusCheck.trx").FullPath}\"");
});

// ---------------------------------------------------------------------------------------------------------
// Load benchmark (README.md, "Performance"): not part of Default or CI. Pass run.sh's options through, e.g.
// ./build.sh --target=Benchmark --benchmark-args="--providers sqlite --endpoints packages,categories"
// ---------------------------------------------------------------------------------------------------------
Task("Benchmark")
    .Description("Runs benchmarks/run.sh: the API beside a bare ceiling app under wrk, on SQLite (and PostgreSQL with FLUXSTORE_BENCH_POSTGRES).")
    .Does(() =>
{
    Run("bash", $"benchmarks/run.sh {Argument("benchmark-args", string.Empty)}");
});

// ---------------------------------------------------------------------------------------------------------
// Migrations (dotnet-ef, the local tool) and the SQL Server script. See README.md, "Database".
// ---------------------------------------------------------------------------------------------------------
var providers = new[] { "Sqlite", "Postgres", "SqlServer" };
var migrationsDir = MakeAbsolute(Directory("./src/Infrastructure/Persistence/Migrations"));
var sqlServerScript = MakeAbsolute(File("./docs/sql/sqlserver.sql"));

string EfArguments(string provider) =>
    $"--no-build --configuration {configuration} --project src/Infrastructure --startup-project src/Api --context {provider}ApplicationDbContext";

void WriteSqlServerScript()
{
    EnsureDirectoryExists(sqlServerScript.GetDirectory());
    Run("dotnet", $"ef migrations script --idempotent {EfArguments("SqlServer")} --output \"{sqlServerScript.FullPath}\"");
    // dotnet-ef starts the file with a byte order mark; the committed file has none.
    var text = System.IO.File.ReadAllText(sqlServerScript.FullPath).TrimStart('\uFEFF').ReplaceLineEndings("\n");
    System.IO.File.WriteAllText(sqlServerScript.FullPath, text, new System.Text.UTF8Encoding(false));
    Information($"{sqlServerScript}: idempotent SQL Server script written.");
}

Task("AddMigration")
    .Description("Adds migration --name=<Name> for every provider (Sqlite, Postgres, SqlServer) and regenerates docs/sql/sqlserver.sql.")
    .Does(() =>
{
    var name = Argument<string>("name", null);
    if (string.IsNullOrWhiteSpace(name) || !System.Text.RegularExpressions.Regex.IsMatch(name, "^[A-Z][A-Za-z0-9]{0,99}$"))
    {
        throw new Exception("Usage: ./build.sh --target=AddMigration --name=<PascalCaseName>, e.g. --name=AddGiftCardNotes");
    }

    foreach (var provider in providers)
    {
        if (GetFiles($"{migrationsDir}/{provider}/*_{name}.cs").Any())
        {
            throw new Exception($"A migration named {name} already exists for {provider}: choose another name.");
        }
    }

    // All three or none: on any failure the migration folders are put back as they were.
    var before = providers.SelectMany(p => GetFiles($"{migrationsDir}/{p}/*.cs"))
        .ToDictionary(f => f.FullPath, f => System.IO.File.ReadAllBytes(f.FullPath));
    try
    {
        DotNetBuild("./src/Api/Api.csproj", new DotNetBuildSettings { Configuration = configuration });
        foreach (var provider in providers)
        {
            Run("dotnet", $"ef migrations add {name} {EfArguments(provider)} --output-dir Persistence/Migrations/{provider} " +
                $"--namespace FluxStore.Management.Infrastructure.Persistence.Migrations.{provider}");
        }

        // dotnet-ef puts a provider's first snapshot in a folder named after the namespace; keep it beside the migrations.
        foreach (var provider in providers)
        {
            var expected = migrationsDir.Combine(provider).CombineWithFilePath($"{provider}ApplicationDbContextModelSnapshot.cs");
            foreach (var snapshot in GetFiles($"./src/Infrastructure/**/{provider}ApplicationDbContextModelSnapshot.cs"))
            {
                if (snapshot.FullPath != expected.FullPath)
                {
                    MoveFile(snapshot, expected);
                }
            }
        }

        // The script needs the new migrations compiled in.
        DotNetBuild("./src/Api/Api.csproj", new DotNetBuildSettings { Configuration = configuration });
        WriteSqlServerScript();
    }
    catch (Exception)
    {
        foreach (var file in providers.SelectMany(p => GetFiles($"{migrationsDir}/{p}/*.cs")))
        {
            if (!before.ContainsKey(file.FullPath))
            {
                DeleteFile(file);
            }
        }

        foreach (var (path, content) in before)
        {
            System.IO.File.WriteAllBytes(path, content);
        }

        Error($"AddMigration {name} failed; the migration folders are back as they were.");
        throw;
    }

    Information($"Added migration {name} for {string.Join(", ", providers)}. Review the files and commit them with docs/sql/sqlserver.sql.");
});

Task("SqlServerScript")
    .Description("Writes the idempotent SQL Server script of every migration to docs/sql/sqlserver.sql.")
    .IsDependentOn("Build")
    .Does(() => WriteSqlServerScript());

Task("SqlDrift")
    .Description("Fails when docs/sql/sqlserver.sql differs from what the migrations generate.")
    .IsDependentOn("SqlServerScript")
    .Does(() => CheckDrift(new[] { sqlServerScript }, "./build.sh --target=SqlServerScript", "docs/sql/sqlserver.sql matches the migrations."));

Task("TreeCheck")
    .Description("Every file under src/ is named after its main type and holds one use case, controller or EF aggregate at most.")
    .Does(() =>
{
    var exitCode = StartProcess("bash", new ProcessSettings { Arguments = "build/check-tree.sh" });
    if (exitCode != 0)
        throw new Exception("build/check-tree.sh found files that break the tree's layout rule (listed above).");
});

Task("Default")
    .IsDependentOn("TreeCheck")
    .IsDependentOn("Test")
    .IsDependentOn("SqlDrift")
    .IsDependentOn("ClientDrift")
    .IsDependentOn("ClientSmoke")
    .IsDependentOn("PrometheusCheck")
    .IsDependentOn("DashboardE2E");

Task("CI")
    .IsDependentOn("Default");

RunTarget(target);
