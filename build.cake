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

Task("Default")
    .IsDependentOn("Test");

Task("CI")
    .IsDependentOn("Default");

RunTarget(target);
