using FluentValidation;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace FluxStore.Management.Application.UnitTests;

/// <summary>
/// Validators exactly as the application registers them (<c>AddApplicationServices</c>, naming rules included), so a
/// test sees the property names and messages the API returns. Tests never configure FluentValidation themselves.
/// </summary>
internal static class ProductionValidators
{
    private static readonly Lazy<ServiceProvider> Services = new(() =>
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.AddApplicationServices();
        builder.Services.TryAddSingleton(TimeProvider.System);
        return builder.Services.BuildServiceProvider();
    });

    /// <summary>The registered validator of <typeparamref name="T"/> (there must be exactly one).</summary>
    public static IValidator<T> For<T>()
    {
        var scope = Services.Value.CreateScope();
        return scope.ServiceProvider.GetServices<IValidator<T>>().Should().ContainSingle().Which;
    }
}
