using FluxStore.Management.Application.Categories;
using FluxStore.Management.Application.Packages;

namespace FluxStore.Management.Api.IntegrationTests.Infrastructure;

/// <summary>Catalog set-up shared by the coupon, sale and ban tests.</summary>
internal static class CommerceTestData
{
    public static async Task<CategoryDto> CategoryAsync(HttpClient api, string name = "Ranks") =>
        await DataAsync<CategoryDto>(await api.PostAsJsonAsync("/api/v1/categories", new { name }));

    public static async Task<PackageDto> PackageAsync(HttpClient api, decimal price, Guid? categoryId = null, string name = "VIP") =>
        await DataAsync<PackageDto>(await api.PostAsJsonAsync("/api/v1/packages", new { name, price, categoryId }));

    public static async Task<T> DataAsync<T>(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, "the body was {0}", body);
        return JsonSerializer.Deserialize<ApiResponse<T>>(body, ApiTestBase.Json)!.Data!;
    }

    /// <summary>The errors of a 400 wrapper, joined, for message assertions.</summary>
    public static async Task<string> BadRequestAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, "the body was {0}", body);
        var wrapper = JsonSerializer.Deserialize<ApiResponse<JsonElement?>>(body, ApiTestBase.Json)!;
        wrapper.Success.Should().BeFalse();
        wrapper.Errors.Should().NotBeEmpty();
        return string.Join(" | ", wrapper.Errors);
    }

    public static string Iso(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
