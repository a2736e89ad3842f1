namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>One Store API call and the action of its area it needs.</summary>
public sealed record GuardedCall(string Name, string Action, Func<HttpClient, Task<HttpResponseMessage>> Send);

public static class PermissionMatrix
{
    /// <summary>
    /// For each action of <paramref name="actions"/>, makes a key holding every other action of the area
    /// (plus <paramref name="extra"/>) and checks each call: 403 when it needs the missing action, and
    /// not 403 otherwise.
    /// </summary>
    public static async Task VerifyAsync(
        Func<object, Task<HttpClient>> clientWithPermissions,
        string area,
        IReadOnlyList<string> actions,
        IReadOnlyList<GuardedCall> calls,
        IDictionary<string, string[]>? extra = null)
    {
        actions.Should().OnlyContain(a => calls.Any(c => c.Action == a), "every action of the area is exercised");
        foreach (var missing in actions)
        {
            var granted = actions.Where(a => a != missing).ToArray();
            var permissions = new Dictionary<string, string[]>(extra ?? new Dictionary<string, string[]>());
            if (granted.Length > 0)
            {
                permissions[area] = granted;
            }
            else
            {
                permissions.TryAdd("Subscriptions", ["View"]);
            }

            var client = await clientWithPermissions(permissions);
            foreach (var call in calls)
            {
                var response = await call.Send(client);
                var body = await response.Content.ReadAsStringAsync();
                if (call.Action == missing)
                {
                    response.StatusCode.Should().Be(HttpStatusCode.Forbidden, $"{call.Name} needs {area}:{missing}; body {body}");
                    body.Should().Contain($"{area}:{missing}");
                }
                else
                {
                    response.StatusCode.Should().NotBe(HttpStatusCode.Forbidden, $"{call.Name} does not need {area}:{missing}; body {body}");
                    ((int)response.StatusCode).Should().BeLessThan(300, $"{call.Name} with {area}:[{string.Join(",", granted)}] should succeed; body {body}");
                }
            }
        }
    }
}
