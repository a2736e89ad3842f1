using System.Text.RegularExpressions;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>Helpers for gift card, game server and plugin tests.</summary>
public static partial class DeliveryTestHelpers
{
    /// <summary>Anything shaped like a gift card code (grouped or not), in upper case.</summary>
    [GeneratedRegex("[A-HJ-NP-Z2-9]{4}(-?[A-HJ-NP-Z2-9]{4}){3,}")]
    public static partial Regex CodeLike();

    [GeneratedRegex("^[A-HJ-NP-Z2-9]{4}(-[A-HJ-NP-Z2-9]{4}){4}$")]
    public static partial Regex CodeFormat();

    public static HttpClient WithServerKey(this FluxStoreFactory factory, string serverKey)
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Server-Key", serverKey);
        return client;
    }

    public static async Task<T> WithDbAsync<T>(this FluxStoreFactory factory, Func<ApplicationDbContext, Task<T>> action)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        return await action(db);
    }

    public static Task WithDbAsync(this FluxStoreFactory factory, Func<ApplicationDbContext, Task> action) =>
        factory.WithDbAsync(async db =>
        {
            await action(db);
            return true;
        });

    public static Task<HttpResponseMessage> CreateServerAsync(this DashboardUser owner, Guid storeId, string name = "Survival") =>
        owner.Client.PostAsJsonAsync($"/api/stores/{storeId}/servers", new { name });

    /// <summary>Makes <paramref name="member"/> a member: the owner invites their email, they accept. Returns the accept response.</summary>
    public static async Task<HttpResponseMessage> AddMemberAsync(this DashboardUser owner, Guid storeId, DashboardUser member, params string[] permissions)
    {
        var invited = await owner.Client.PostAsJsonAsync($"/api/stores/{storeId}/members", new { email = member.Email, permissions });
        if (!invited.IsSuccessStatusCode)
        {
            return invited;
        }

        using var body = JsonDocument.Parse(await invited.Content.ReadAsStringAsync());
        var id = body.RootElement.GetProperty("data").GetProperty("id").GetGuid();
        return await member.Client.PostAsync($"/api/auth/invitations/{id}/accept", null);
    }

    /// <summary>Every property name anywhere in a JSON document, lower-cased.</summary>
    public static IEnumerable<string> PropertyNames(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Walk(document.RootElement).ToList();

        static IEnumerable<string> Walk(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    foreach (var property in element.EnumerateObject())
                    {
                        yield return property.Name.ToLowerInvariant();
                        foreach (var name in Walk(property.Value))
                        {
                            yield return name;
                        }
                    }

                    break;
                case JsonValueKind.Array:
                    foreach (var item in element.EnumerateArray())
                    {
                        foreach (var name in Walk(item))
                        {
                            yield return name;
                        }
                    }

                    break;
            }
        }
    }

    public static string Compact(string code) => code.Replace("-", string.Empty, StringComparison.Ordinal);
}
