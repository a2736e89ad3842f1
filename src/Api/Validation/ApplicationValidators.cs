using FluentValidation;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// FluentValidation.AspNetCore registers the Application's validators as singletons: none takes a dependency, and a
/// validator's rule tree is costly to build (building one per request was 3 % of the CPU time of <c>POST /orders</c>).
/// A validator that needs a scoped service must not be added here as is.
/// The MediatR ValidationBehaviour is the one place they run. MVC auto-validation (AddFluentValidationAutoValidation)
/// stays off: it would validate a second time, before the permission check, and upstream deprecated it. The
/// registration lives here, in the web layer, so Application references FluentValidation alone and no ASP.NET Core.
/// </summary>
public static class ApplicationValidators
{
    public static IServiceCollection AddApplicationValidators(this IServiceCollection services) =>
        services.AddValidatorsFromAssembly(typeof(ApplicationDependencyInjection).Assembly, ServiceLifetime.Singleton);
}
