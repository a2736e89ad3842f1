namespace FluxStore.Management.Api.IntegrationTests;

/// <summary>
/// The whole test run (a set-up fixture in the assembly's root namespace covers every test): when it ends, every shared
/// API instance stops and the databases this run created are dropped.
/// </summary>
[SetUpFixture]
public sealed class TestRun
{
    [OneTimeTearDown]
    public async Task StopSharedApisAsync() => await Infrastructure.ApiHost.DisposeSharedAsync();
}
