using FluentValidation;
using FluxStore.Management.Application.Packages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FluxStore.Management.Application.UnitTests.Validators;

/// <summary>Validators are registered by AddApplicationServices, as singletons (a validator may take singleton services only).</summary>
public sealed class ValidatorRegistrationTests
{
    [Test]
    public void ShouldRegisterEveryValidatorOfTheApplicationAsASingleton()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.AddApplicationServices();

        var validatorTypes = typeof(CreatePackageCommandValidator).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
            .ToList();
        var registrations = builder.Services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>))
            .ToList();

        validatorTypes.Should().HaveCountGreaterThan(20);
        registrations.Select(d => d.ImplementationType).Should().BeEquivalentTo(validatorTypes);
        registrations.Should().OnlyContain(d => d.Lifetime == ServiceLifetime.Singleton);
        // Singletons are safe only while a validator depends on singletons alone (the clock, the webhook URL rules).
        Type[] singletons = [typeof(TimeProvider), typeof(FluxStore.Management.Application.Webhooks.IWebhookTargetRules)];
        validatorTypes.SelectMany(t => t.GetConstructors()).SelectMany(c => c.GetParameters()).Select(p => p.ParameterType)
            .Should().OnlyContain(type => singletons.Contains(type), "a validator shared by every request must not hold a scoped service");

        using var provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetServices<IValidator<CreatePackageCommand>>().Should().ContainSingle()
            .Which.Should().BeOfType<CreatePackageCommandValidator>();
    }
}
