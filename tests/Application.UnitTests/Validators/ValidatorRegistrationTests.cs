using FluentValidation;
using FluxStore.Management.Application.Packages;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FluxStore.Management.Application.UnitTests.Validators;

/// <summary>Validators are registered by FluentValidation's assembly scan, scoped (a validator may take scoped services).</summary>
public sealed class ValidatorRegistrationTests
{
    [Test]
    public void ShouldRegisterEveryValidatorOfTheApplicationScoped()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.AddApplicationServices();
        builder.Services.AddApplicationValidators();

        var validatorTypes = typeof(CreatePackageCommandValidator).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false, IsGenericTypeDefinition: false } && typeof(IValidator).IsAssignableFrom(t))
            .ToList();
        var registrations = builder.Services
            .Where(d => d.ServiceType.IsGenericType && d.ServiceType.GetGenericTypeDefinition() == typeof(IValidator<>))
            .ToList();

        validatorTypes.Should().HaveCountGreaterThan(20);
        registrations.Select(d => d.ImplementationType).Should().BeEquivalentTo(validatorTypes);
        registrations.Should().OnlyContain(d => d.Lifetime == ServiceLifetime.Scoped);

        using var provider = builder.Services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
        using var scope = provider.CreateScope();
        scope.ServiceProvider.GetServices<IValidator<CreatePackageCommand>>().Should().ContainSingle()
            .Which.Should().BeOfType<CreatePackageCommandValidator>();
    }
}
