using System.Text.Json;
using System.Text.Json.Serialization;
using FluxStore.Management.Api;
using FluxStore.Management.Api.Authentication;
using FluxStore.Management.Api.Errors;
using FluxStore.Management.Api.Json;
using FluxStore.Management.Api.OpenApi;
using FluxStore.Management.Api.RateLimiting;
using FluxStore.Management.Infrastructure.RateLimiting;
using Microsoft.AspNetCore.HttpOverrides;
using FluxStore.Management.Api.Services;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Infrastructure.Configuration;
using FluxStore.Management.Infrastructure.Persistence;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Microsoft.Extensions.DependencyInjection;

public static class WebDependencyInjection
{
    public static IHostApplicationBuilder AddWebServices(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddHttpContextAccessor();
        services.AddScoped<ICallerContext, HttpCallerContext>();
        services.AddExceptionHandler<WrapperExceptionHandler>();
        services.AddValidatedOptions<DemoOptions>(builder.Configuration, DemoOptions.Section);

        services
            .AddControllers(o =>
            {
                o.ModelMetadataDetailsProviders.Add(new OptionalValidationMetadataProvider());
                BindingMessages.Apply(o.ModelBindingMessageProvider);
            })
            .AddJsonOptions(o =>
            {
                ConfigureJson(o.JsonSerializerOptions);
                // Model state keeps the JsonException itself, so errors are described from its structure.
                o.AllowInputFormatterExceptionMessages = false;
            })
            .ConfigureApiBehaviorOptions(o =>
            {
                // Status codes without a body (404, 405, 415) fall through to the wrapper writer.
                o.SuppressMapClientErrors = true;
                o.InvalidModelStateResponseFactory = context =>
                    new BadRequestObjectResult(ApiResponse.Fail("The request is not valid.", ErrorResponses.FromModelState(context)));
            });
        services.ConfigureHttpJsonOptions(o => ConfigureJson(o.SerializerOptions));

        AddAuthentication(builder);
        AddThrottling(builder);
        services.AddHealthChecks().AddDbContextCheck<ApplicationDbContext>("database", tags: ["ready"]);
        services.AddFluxStoreOpenApi();
        return builder;
    }

    public static void ConfigureJson(JsonSerializerOptions options)
    {
        options.PropertyNamingPolicy = JsonNamingPolicy.CamelCase;
        options.DictionaryKeyPolicy = null;
        options.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.NumberHandling = JsonNumberHandling.Strict;
        options.Converters.Add(new OptionalJsonConverterFactory());
        options.Converters.Add(new NoNulStringConverter());
    }

    /// <summary>
    /// The client address comes from <c>X-Forwarded-For</c> only when the peer is a configured proxy
    /// (<c>FluxStore:ForwardedHeaders:*</c>); ASP.NET Core's loopback defaults are cleared, so nothing is
    /// trusted unless configured.
    /// </summary>
    private static void AddThrottling(IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<BadKeyGate>();
        builder.Services.AddOptions<ForwardedHeadersOptions>()
            .Configure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
            {
                forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor;
                forwarded.ForwardLimit = null; // walk back through every configured proxy in the chain
                forwarded.KnownProxies.Clear();
                forwarded.KnownIPNetworks.Clear();
                foreach (var proxy in settings.Value.Proxies())
                {
                    forwarded.KnownProxies.Add(proxy);
                }

                foreach (var network in settings.Value.Networks())
                {
                    forwarded.KnownIPNetworks.Add(network);
                }
            });
    }

    private static void AddAuthentication(IHostApplicationBuilder builder)
    {
        builder.Services
            .AddValidatedOptions<JwtOptions>(builder.Configuration, JwtOptions.Section)
            .PostConfigure<IHostEnvironment>((jwt, environment) =>
            {
                // Development without a configured key: a random one, so tokens end with the process.
                if (string.IsNullOrWhiteSpace(jwt.SigningKey) && environment.IsDevelopment())
                {
                    jwt.SigningKey = Convert.ToBase64String(System.Security.Cryptography.RandomNumberGenerator.GetBytes(48));
                }
            });
        builder.Services.AddSingleton<ITokenService, JwtTokenService>();

        builder.Services
            .AddAuthentication(AuthSchemes.Selector)
            .AddPolicyScheme(AuthSchemes.Selector, "Chosen by path", o => o.ForwardDefaultSelector = context =>
                ApiSurfaces.Of(context.Request.Path).AuthenticationScheme())
            .AddScheme<AuthenticationSchemeOptions, ApiKeyAuthenticationHandler>(AuthSchemes.ApiKey, null)
            .AddScheme<AuthenticationSchemeOptions, ServerKeyAuthenticationHandler>(AuthSchemes.ServerKey, null)
            .AddJwtBearer(AuthSchemes.Bearer, o =>
            {
                o.MapInboundClaims = false;
                o.Events = new JwtBearerEvents
                {
                    OnChallenge = async context =>
                    {
                        context.HandleResponse();
                        context.Response.Headers.WWWAuthenticate = "Bearer";
                        var message = context.AuthenticateFailure is null
                            ? "Sign in: send a bearer token in the Authorization header."
                            : "The bearer token is invalid or has expired.";
                        await ErrorResponses.WriteAsync(context.HttpContext, StatusCodes.Status401Unauthorized, message);
                    },
                    OnForbidden = context => ErrorResponses.WriteAsync(context.HttpContext, StatusCodes.Status403Forbidden),
                };
            });
        builder.Services.AddOptions<JwtBearerOptions>(AuthSchemes.Bearer)
            .Configure<IOptions<JwtOptions>>((o, jwt) => o.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = jwt.Value.Issuer,
                ValidAudience = jwt.Value.Audience,
                IssuerSigningKey = jwt.Value.Key,
                ValidAlgorithms = [SecurityAlgorithms.HmacSha256],
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = FluxClaims.Email,
            });
        builder.Services.AddAuthorization();
    }
}
