using FluxStore.Management.Application.Common.Behaviours;
using FluxStore.Management.Application.Common.Exceptions;
using FluxStore.Management.Application.Common.Interfaces;
using FluxStore.Management.Application.Common.Security;
using FluxStore.Management.Application.Packages;
using FluxStore.Management.Domain.Security;
using MediatR;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Moq;

namespace FluxStore.Management.Application.UnitTests.Behaviours;

public sealed class PipelineTests
{
    [Test]
    public async Task KeyWithoutThePermissionShouldBeRefusedBeforeValidation()
    {
        var caller = ApiKeyCaller(isPro: true, new Permission(PermissionArea.Packages, PermissionAction.View));
        var behaviour = new PermissionBehaviour<CreatePackageCommand, PackageDto>(caller.Object, Mock.Of<IApplicationDbContext>());
        var reachedNext = false;

        var act = () => behaviour.Handle(new CreatePackageCommand(), CancellationToken.None, () =>
        {
            reachedNext = true;
            return Task.FromResult(new PackageDto());
        });

        (await act.Should().ThrowAsync<PermissionDeniedException>()).WithMessage("*Packages:Edit*");
        reachedNext.Should().BeFalse();
    }

    [Test]
    public async Task KeyWithThePermissionShouldPass()
    {
        var caller = ApiKeyCaller(isPro: true, new Permission(PermissionArea.Packages, PermissionAction.Edit));
        var behaviour = new PermissionBehaviour<CreatePackageCommand, PackageDto>(caller.Object, Mock.Of<IApplicationDbContext>());

        var result = await behaviour.Handle(new CreatePackageCommand(), CancellationToken.None, () => Task.FromResult(new PackageDto { Name = "ok" }));
        result.Name.Should().Be("ok");
    }

    [Test]
    public async Task LapsedProShouldBeRefused()
    {
        var caller = ApiKeyCaller(isPro: false, new Permission(PermissionArea.Packages, PermissionAction.View));
        var behaviour = new ProPlanBehaviour<ListPackagesQuery, IReadOnlyList<PackageDto>>(caller.Object, Mock.Of<IApplicationDbContext>(), TimeProvider.System);

        var act = () => behaviour.Handle(new ListPackagesQuery(), CancellationToken.None, () => Task.FromResult<IReadOnlyList<PackageDto>>([]));
        (await act.Should().ThrowAsync<ProPlanRequiredException>()).WithMessage("*Pro plan*");
    }

    [Test]
    public async Task RequestsThatDeclareNoScopeShouldBeRefused()
    {
        var behaviour = new PermissionBehaviour<UndeclaredRequest, int>(Mock.Of<ICallerContext>(), Mock.Of<IApplicationDbContext>());
        var act = () => behaviour.Handle(new UndeclaredRequest(), CancellationToken.None, () => Task.FromResult(1));
        await act.Should().ThrowAsync<InvalidOperationException>();
    }

    [Test]
    public void EveryRequestShouldDeclareItsScope()
    {
        var requests = typeof(PermissionBehaviour<,>).Assembly.GetTypes()
            .Where(t => !t.IsAbstract && t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IRequest<>)));
        var scopes = new[]
        {
            typeof(RequirePermissionAttribute), typeof(RequirePlatformAdminAttribute), typeof(RequireSignedInUserAttribute),
            typeof(RequireGameServerAttribute), typeof(AllowAnonymousRequestAttribute), typeof(RequireAnyPermissionAttribute),
        };

        requests.Should().NotBeEmpty();
        requests.Where(t => !scopes.Any(s => t.IsDefined(s, false))).Should().BeEmpty("every request declares who may send it");
        var storeApiAreas = Enum.GetValues<PermissionArea>().Where(PermissionCatalog.IsApiKeyArea).ToList();
        var storeApiRequests = requests
            .Where(t => t.GetCustomAttributes(typeof(RequirePermissionAttribute), false)
                .Cast<RequirePermissionAttribute>()
                .Any(a => storeApiAreas.Contains(a.Permission.Area)))
            .ToList();
        storeApiRequests.Should().HaveCountGreaterThan(30, "every resource of the spec has its requests");
        storeApiRequests.Should().OnlyContain(t => typeof(IRequiresProPlan).IsAssignableFrom(t), "every Store API request needs Pro");
        storeApiRequests.Should().OnlyContain(t => !typeof(IStoreRequest).IsAssignableFrom(t), "Store API requests take the store from the key");
    }

    [Test]
    public void BehavioursShouldRunPermissionThenProPlanThenValidationThenAudit()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.AddApplicationServices();
        var behaviours = builder.Services
            .Where(d => d.ServiceType == typeof(IPipelineBehavior<,>))
            .Select(d => d.ImplementationType!.GetGenericTypeDefinition())
            .ToList();

        behaviours.Should().Equal(typeof(PermissionBehaviour<,>), typeof(ProPlanBehaviour<,>), typeof(ValidationBehaviour<,>), typeof(AuditBehaviour<,>));
    }

    private static Mock<ICallerContext> ApiKeyCaller(bool isPro, params Permission[] permissions)
    {
        var caller = new Mock<ICallerContext>();
        caller.SetupGet(c => c.Kind).Returns(CallerKind.ApiKey);
        caller.SetupGet(c => c.StoreId).Returns(Guid.NewGuid());
        caller.SetupGet(c => c.KeyPermissions).Returns(PermissionSet.Of(permissions));
        caller.SetupGet(c => c.KeyStoreIsPro).Returns(isPro);
        return caller;
    }

    public sealed record UndeclaredRequest : IRequest<int>;
}
