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

    public static Task<T> DataAsync<T>(HttpResponseMessage response) => ApiTestBase.ReadAsync<T>(response);

    public static Task<string> BadRequestAsync(HttpResponseMessage response) => ApiTestBase.ReadBadRequestAsync(response);

    public static string Iso(DateTime value) => value.ToUniversalTime().ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture);
}
