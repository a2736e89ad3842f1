using System.Reflection;
using FluxStore.Management.Application.Common.Behaviours;
using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Common;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Subscriptions;
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

        services.AddScoped<SubscriptionLifecycle>();
        services.AddScoped<OrderPricing>();
        services.AddScoped<OrderLimits>();
        services.AddScoped<OrderFulfilment>();
        services.AddScoped<OrderPlacement>();
        services.AddSingleton<OrderCommandBudget>();
        services.AddSingleton<FluxStore.Management.Application.Analytics.RevenueDayCache>();

        // Validators are singletons, since a rule tree is costly to build: a validator may take singleton services only.
        // The ValidationBehaviour below is the one place they run (MVC's automatic validation stays off).
        services.Scan(scan => scan
            .FromAssemblies(assembly)
            .AddClasses(classes => classes.AssignableTo(typeof(IValidator<>)))
            .As(type => type.GetInterfaces().Where(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IValidator<>)))
            .WithSingletonLifetime());
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(PermissionBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ProPlanBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddScoped(typeof(IPipelineBehavior<,>), typeof(AuditBehaviour<,>));

        ValidatorOptions.Global.DisplayNameResolver = (_, member, expression) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];
        ValidatorOptions.Global.PropertyNameResolver = (_, member, _) =>
            member is null ? null : char.ToLowerInvariant(member.Name[0]) + member.Name[1..];

        services.AddValidatedOptions<AutoMapperOptions>(builder.Configuration, AutoMapperOptions.Section);
        services.AddValidatedOptions<OrderOptions>(builder.Configuration, OrderOptions.Section);
        services.AddValidatedOptions<StoreLimitsOptions>(builder.Configuration, StoreLimitsOptions.Section);
        services.AddValidatedOptions<PluginOptions>(builder.Configuration, PluginOptions.Section);
        services.AddValidatedOptions<SubscriptionOptions>(builder.Configuration, SubscriptionOptions.Section);
        services.AddValidatedOptions<FluxStore.Management.Application.Common.Paging.PagingOptions>(builder.Configuration, FluxStore.Management.Application.Common.Paging.PagingOptions.Section);
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
