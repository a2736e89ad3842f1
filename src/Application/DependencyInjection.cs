using System.Reflection;
using FluxStore.Management.Application.Common.Behaviours;
using FluxStore.Management.Application.Common.Mapping;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Microsoft.Extensions.DependencyInjection;

public static class ApplicationDependencyInjection
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var assembly = Assembly.GetExecutingAssembly();

        // MediatR 5.1.0 has no DI package here: register the mediator, its service factory and every
        // handler by scanning (Scrutor). Behaviours run in registration order, outermost first.
        services.AddScoped<ServiceFactory>(provider => provider.GetService!);
        services.AddScoped<IMediator, Mediator>();
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IRequestHandler<,>)))
            .AsImplementedInterfaces()
            .WithScopedLifetime());

        services.AddScoped<FluxStore.Management.Application.Subscriptions.SubscriptionLifecycle>();
        services.AddSingleton<FluxStore.Management.Application.Analytics.RevenueDayCache>();

        // Validators are registered by the web layer (ApplicationValidators, FluentValidation.AspNetCore); the
        // ValidationBehaviour below is the one place they run.
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(PermissionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ProPlanBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));

        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];

        services.AddOptions<AutoMapperOptions>().Bind(builder.Configuration.GetSection(AutoMapperOptions.Section)).ValidateOnStart();
        services.AddAutoMapper((provider, cfg) =>
        {
            var licenseKey = provider.GetRequiredService<IOptions<AutoMapperOptions>>().Value.LicenseKey;
            if (!string.IsNullOrWhiteSpace(licenseKey))
            {
                cfg.LicenseKey = licenseKey;
            }
        }, assembly);

        return builder;
    }
}
