using System.Text.Json.Nodes;
using FluxStore.Management.Application.Categories;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Application.Servers;

namespace FluxStore.Management.Api.IntegrationTests.Security;

/// <summary>
/// Every operation with a body, taken from the API's own OpenAPI document, gets broken bodies and, starting from
/// a valid body, each property replaced by values of the wrong type or at the edges of its range. Whatever the
/// input, the answer is never a 500 and always the wrapper.
/// </summary>
public sealed class MalformedInputTests(string provider) : ApiTestBase(provider)
{
    private static readonly string[] BrokenBodies = ["", "{}", "[]", "null", "\"text\"", "42", "{\"a\":", "{\"a\":1}}", "{\"__proto__\":{}}"];

    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["FluxStore:RateLimit:PermitLimit"] = "1000000",
        ["FluxStore:RateLimit:InvalidKeyPermitLimit"] = "1000000",
    };

    [Test]
    public async Task NoBodyShouldCauseA500()
    {
        var setup = await NewStoreWithKeyAsync();
        var spareStore = await NewStoreAsync(setup.Owner);
        var member = await NewUserAsync();
        var server = await ReadAsync<GameServerCreatedDto>(await setup.Owner.Client.PostAsJsonAsync($"/api/stores/{setup.Store.Id}/servers", new { name = "Fuzz" }));
        var plugin = Anonymous();
        plugin.DefaultRequestHeaders.Add("X-Server-Key", server.Key);
        var category = await ReadAsync<CategoryDto>(await setup.Api.PostAsJsonAsync("/api/v1/categories", new { name = "Fuzz" }));
        var package = await ReadAsync<PackageDto>(await setup.Api.PostAsJsonAsync("/api/v1/packages", new
        {
            name = "Fuzz",
            price = 1.5m,
            categoryId = category.Id,
            serverIds = new[] { server.Id },
            isSubscription = true,
            subscriptionInterval = new { value = 1, unit = "month" },
        }));
        var ids = new Dictionary<string, Guid> { ["packages"] = package.Id, ["categories"] = category.Id };
        foreach (var (resource, body) in new (string, object)[]
        {
            ("coupons", new { code = "FUZZBASE", discountType = "percentage", discountValue = 10 }),
            ("sales", new { name = "Fuzz", discountPercentage = 10, startDate = "2026-01-01T00:00:00Z", endDate = "2099-01-01T00:00:00Z" }),
            ("gift-cards", new { amount = 10 }),
            ("bans", new { playerUsername = "fuzz-base" }),
        })
        {
            var created = await ReadAsync<JsonElement>(await setup.Api.PostAsJsonAsync($"/api/v1/{resource}", body));
            ids[resource] = created.GetProperty("id").GetGuid();
        }

        var validBodies = new Dictionary<string, string>
        {
            ["put /api/admin/stores/{storeId}/plan"] = """{"plan":"Pro"}""",
            ["post /api/auth/login"] = $$"""{"email":"{{member.Email}}","password":"{{member.Password}}"}""",
            ["post /api/auth/register"] = """{"email":"fuzz@example.com","password":"long-enough-password"}""",
            ["post /api/plugin/v1/commands/ack"] = $$"""{"ids":["{{Guid.NewGuid()}}"]}""",
            ["post /api/stores"] = """{"name":"Fuzz store","currency":"EUR"}""",
            ["post /api/stores/{storeId}/api-keys"] = """{"name":"k","permissions":{"Packages":["View"]}}""",
            ["post /api/stores/{storeId}/members"] = $$"""{"email":"{{member.Email}}","permissions":["Stores:View"]}""",
            ["post /api/stores/{storeId}/servers"] = """{"name":"s"}""",
            ["post /api/v1/bans"] = """{"playerUsername":"fuzzer","reason":"r"}""",
            ["post /api/v1/categories"] = """{"name":"c","description":"d"}""",
            ["post /api/v1/coupons"] = """{"code":"FUZZ1","discountType":"fixed","discountValue":1.5,"maxUses":5}""",
            ["post /api/v1/gift-cards"] = """{"amount":10,"recipientEmail":"r@example.com"}""",
            ["post /api/v1/orders"] = $$"""{"playerUsername":"Steve","couponCode":"FUZZBASE","items":[{"packageId":"{{package.Id}}","quantity":1,"serverId":"{{server.Id}}"}]}""",
            ["post /api/v1/packages"] = $$"""{"name":"p","price":2,"categoryId":"{{category.Id}}","serverIds":["{{server.Id}}"],"commands":[{"stage":"purchase","content":"say {username}","onlineOnly":false}]}""",
            ["post /api/v1/packages/sort-order"] = $$"""{"packageIds":["{{package.Id}}"]}""",
            ["post /api/v1/sales"] = """{"name":"s","discountPercentage":5,"startDate":"2026-01-01T00:00:00Z","endDate":"2099-01-01T00:00:00Z"}""",
        };

        using var document = JsonDocument.Parse(await (await Anonymous().GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync());
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");
        var failures = new List<string>();
        var sent = 0;
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var operation in path.Value.EnumerateObject())
            {
                if (!operation.Value.TryGetProperty("requestBody", out var requestBody))
                {
                    continue;
                }

                var key = $"{operation.Name} {path.Name}";
                var resource = path.Name.Split('/').ElementAtOrDefault(3) ?? string.Empty;
                var url = path.Name
                    .Replace("{storeId}", (path.Name.StartsWith("/api/admin") ? spareStore.Id : setup.Store.Id).ToString())
                    .Replace("{id}", (ids.TryGetValue(resource, out var id) ? id : Guid.NewGuid()).ToString());
                var client = path.Name.StartsWith("/api/v1") ? setup.Api
                    : path.Name.StartsWith("/api/plugin") ? plugin
                    : path.Name.StartsWith("/api/auth") ? Anonymous()
                    : path.Name.StartsWith("/api/admin") ? await AdminAsync()
                    : setup.Owner.Client;
                var schema = Resolve(schemas, requestBody.GetProperty("content").GetProperty("application/json").GetProperty("schema"));
                var valid = validBodies.GetValueOrDefault(key, "{}");

                foreach (var body in BrokenBodies.Concat(Mutations(schemas, schema, valid)))
                {
                    sent++;
                    using var request = new HttpRequestMessage(new HttpMethod(operation.Name.ToUpperInvariant()), url) { Content = RawJson(body) };
                    var response = await client.SendAsync(request);
                    var text = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode >= 500 || !IsWrapper(text))
                    {
                        failures.Add($"{key} {body} → {(int)response.StatusCode} {text}");
                    }
                }
            }
        }

        sent.Should().BeGreaterThan(500, "every operation with a body is exercised");
        failures.Should().BeEmpty();
    }

    [Test]
    public async Task NoQueryStringShouldCauseA500()
    {
        var setup = await NewStoreWithKeyAsync();
        var failures = new List<string>();
        string[] lists = ["packages", "categories", "coupons", "sales", "gift-cards", "orders", "customers", "bans", "subscriptions"];
        string[] parameters = ["search", "status", "skip", "take", "sortBy", "sortDesc", "playerUsername", "playerUuid", "packageId", "couponId", "from", "to"];
        string[] values = ["%00", "abc%00", "-1", "0", "101", "2147483648", "not-a-date", "9999-12-31T23:59:59Z", "%27%3B--", "%F0%9F%92%A5", new string('x', 5000), ""];
        foreach (var list in lists)
        {
            foreach (var parameter in parameters)
            {
                foreach (var value in values)
                {
                    var response = await setup.Api.GetAsync($"/api/v1/{list}?{parameter}={value}");
                    var text = await response.Content.ReadAsStringAsync();
                    if ((int)response.StatusCode >= 500 || !IsWrapper(text))
                    {
                        failures.Add($"{list}?{parameter}={(value.Length > 40 ? value[..40] + "…" : value)} → {(int)response.StatusCode} {text}");
                    }
                }
            }
        }

        failures.Should().BeEmpty();
    }

    private static IEnumerable<string> Mutations(JsonElement schemas, JsonElement schema, string validBody)
    {
        if (!schema.TryGetProperty("properties", out var properties))
        {
            yield break;
        }

        foreach (var property in properties.EnumerateObject())
        {
            foreach (var value in BadValues(schemas, property.Value))
            {
                var body = JsonNode.Parse(validBody)!.AsObject();
                body[property.Name] = value?.DeepClone();
                yield return body.ToJsonString();
            }
        }
    }

    private static IEnumerable<JsonNode?> BadValues(JsonElement schemas, JsonElement property)
    {
        var resolved = Resolve(schemas, property);
        var type = resolved.TryGetProperty("type", out var t) ? t.GetString() : "object";
        var format = resolved.TryGetProperty("format", out var f) ? f.GetString() : null;
        yield return null;
        yield return JsonValue.Create(true);
        yield return new JsonObject();
        yield return new JsonArray();
        switch (type, format)
        {
            case ("string", "date-time"):
                yield return "yesterday";
                yield return "9999-12-31T23:59:59Z";
                yield return "0001-01-01T00:00:00Z";
                yield return "2026-06-01T00:00:00+14:00";
                yield return 1;
                break;
            case ("string", "uuid"):
                yield return "not-a-guid";
                yield return "00000000-0000-0000-0000-000000000000";
                yield return 1;
                break;
            case ("string", _):
                yield return 123;
                yield return "";
                yield return "   ";
                yield return new string('x', 10_000);
                yield return "\u0000💥ÄÖ'\";--";
                break;
            case ("number", _):
                yield return "1";
                yield return JsonValue.Create(1e30);
                yield return JsonValue.Create(-1e30);
                yield return JsonValue.Create(0.001m);
                yield return JsonValue.Create(79228162514264337593543950335m);
                break;
            case ("integer", _):
                yield return JsonValue.Create(1.5);
                yield return JsonValue.Create(2147483648L);
                yield return JsonValue.Create(-2147483649L);
                yield return -1;
                yield return 0;
                yield return "1";
                break;
            case ("boolean", _):
                yield return "true";
                yield return 1;
                break;
            case ("array", _):
                yield return "x";
                yield return new JsonArray((JsonNode?)null);
                yield return new JsonArray(1, "x");
                yield return new JsonArray(new JsonObject());
                yield return new JsonArray(Enumerable.Range(0, 2000).Select(_ => (JsonNode?)JsonValue.Create(Guid.NewGuid())).ToArray());
                break;
            default:
                yield return "x";
                yield return new JsonObject { ["unexpected"] = 1 };
                break;
        }
    }

    private static JsonElement Resolve(JsonElement schemas, JsonElement schema)
    {
        if (schema.TryGetProperty("allOf", out var allOf) && allOf.GetArrayLength() == 1)
        {
            schema = allOf[0];
        }

        return schema.TryGetProperty("$ref", out var reference)
            ? schemas.GetProperty(reference.GetString()!.Split('/').Last())
            : schema;
    }

    private static bool IsWrapper(string text)
    {
        try
        {
            using var body = JsonDocument.Parse(text);
            return body.RootElement.TryGetProperty("success", out _) && body.RootElement.TryGetProperty("errors", out _);
        }
        catch (JsonException)
        {
            return false;
        }
    }
}
