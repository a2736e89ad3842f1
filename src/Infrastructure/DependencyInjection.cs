using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.Persistence;
using FluxStore.Management.Infrastructure.RateLimiting;
using FluxStore.Management.Infrastructure.Security;
using FluxStore.Management.Infrastructure.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;

namespace Microsoft.Extensions.DependencyInjection;

public static class InfrastructureDependencyInjection
{
    public static IHostApplicationBuilder AddInfrastructureServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        var options = DatabaseOptions.From(builder.Configuration);
        services.AddSingleton(options);
        services.AddDbContext<ApplicationDbContext>(db => options.Configure(db));
        services.AddScoped<IApplicationDbContext>(provider => provider.GetRequiredService<ApplicationDbContext>());

        services.AddSingleton<TimeProvider>(new MicrosecondClock());
        services.AddSingleton<ISecretHasher, SecretHasher>();
        services.AddSingleton<IPasswordService, PasswordService>();
        services.AddSingleton<IRateLimitStore, InMemoryRateLimitStore>();
        services.AddScoped<DatabaseInitializer>();
        return builder;
    }
}
