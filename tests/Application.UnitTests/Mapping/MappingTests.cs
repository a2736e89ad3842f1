using System.Reflection;
using AutoMapper;
using AutoMapper.Internal;
using FluxStore.Management.Application.Auth;
using FluxStore.Management.Application.Bans;
using FluxStore.Management.Application.Common.Mapping;
using FluxStore.Management.Application.Coupons;
using FluxStore.Management.Application.GiftCards;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Sales;
using FluxStore.Management.Application.Stores;
using FluxStore.Management.Application.Webhooks;
using FluxStore.Management.Domain.Bans;
using FluxStore.Management.Domain.Coupons;
using FluxStore.Management.Domain.Orders;
using FluxStore.Management.Domain.Sales;
using FluxStore.Management.Domain.Stores;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace FluxStore.Management.Application.UnitTests.Mapping;

public class MappingTests
{
    /// <summary>DTOs that are not an entity's read model, so no profile maps to them.</summary>
    private static readonly Type[] NotEntityReadModels =
    [
        typeof(LoginResultDto),           // a token the token service issues
        typeof(GiftCardCodeDto),          // the decrypted code, revealed on request
        typeof(AcknowledgeResultDto),     // a count of acknowledged commands
        typeof(WebhookDeliveryQueuedDto), // ids of a delivery just queued
        typeof(Packages.SubscriptionIntervalDto), // built inside the package map from two of its columns
        typeof(OrderRefundDto),    // built inside the order map: its item ids are the order's items naming it
        typeof(Members.MemberDto),        // built from a member and its user, joined without a navigation
        typeof(Invitations.InvitationDto), // built from an invitation and its store's name, joined without a navigation
        typeof(Audit.AuditEntryDto),      // an entry left-joined to its actor without a navigation
        typeof(WebhookDeliveryAttemptDto), // an attempt joined to its delivery without a navigation
        typeof(OrderDeliveryDto),         // a queued command joined to its server without a navigation; status from the clock
        typeof(OrderDetailDto),           // the order's map plus its deliveries
        typeof(Events.EventDto),          // the stored webhook body, read back as it was sent
        typeof(Analytics.RevenueAnalyticsDto), // sums over the revenue rollup, not an entity
        typeof(Analytics.RevenueBucketDto),
        typeof(Analytics.RevenueTotalsDto),
        typeof(Analytics.TopPackageDto),
    ];

    private static IMapper Mapper()
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { EnvironmentName = "Testing" });
        builder.AddApplicationServices();
        return builder.Services.BuildServiceProvider().GetRequiredService<IMapper>();
    }

    [Test]
    public void ConfigurationShouldBeValid() =>
        Mapper().ConfigurationProvider.AssertConfigurationIsValid();

    [Test]
    public void EveryDtoShouldHaveAMapUnlessListedAsAnException()
    {
        var mapped = Mapper().ConfigurationProvider.Internal().GetAllTypeMaps().Select(m => m.DestinationType).ToHashSet();
        var dtos = typeof(UserDto).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && t.Name.EndsWith("Dto", StringComparison.Ordinal))
            .ToList();

        dtos.Should().HaveCountGreaterThan(20);
        dtos.Where(t => !mapped.Contains(t) && !NotEntityReadModels.Contains(t))
            .Should().BeEmpty("every entity read model goes through an AutoMapper profile");
        NotEntityReadModels.Where(mapped.Contains).Should().BeEmpty("a listed exception that has a map should leave the list");
    }

    [Test]
    public void ProjectionParametersShouldReachComputedFields()
    {
        var mapping = Mapper().ConfigurationProvider;
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var store = new Store("Shop", "USD", created);
        store.ChangePlan(StorePlan.Pro, created.AddDays(30));

        mapping.ProjectOne<Store, StoreDto>(store, new { now = created.AddDays(1) }).IsPro.Should().BeTrue();
        mapping.ProjectOne<Store, StoreDto>(store, new { now = created.AddDays(31) }).IsPro.Should().BeFalse();

        var ban = new Ban(Guid.NewGuid(), created);
        ban.SetExpiry(created.AddDays(2), created);
        mapping.ProjectOne<Ban, BanDto>(ban, new { now = created.AddDays(1) }).Status.Should().Be("active");
        mapping.ProjectOne<Ban, BanDto>(ban, new { now = created.AddDays(3) }).Status.Should().Be("expired");
    }

    [Test]
    public void CouponAndSaleStatusShouldFollowTheDomainRuleAtTheProjectionTime()
    {
        var mapping = Mapper().ConfigurationProvider;
        var created = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

        var coupon = new Coupon(Guid.NewGuid(), "SAVE", created);
        coupon.SetValidity(created.AddDays(1), created.AddDays(2));
        foreach (var days in new[] { 0.5, 1.5, 2.5 })
        {
            mapping.ProjectOne<Coupon, CouponDto>(coupon, new { now = created.AddDays(days) }).Status
                .Should().Be(WireNames.Of(coupon.StatusAt(created.AddDays(days))));
        }

        mapping.ProjectOne<Coupon, CouponDto>(coupon, new { now = created.AddDays(0.5) }).Status.Should().Be("scheduled");
        mapping.ProjectOne<Coupon, CouponDto>(coupon, new { now = created.AddDays(2.5) }).Status.Should().Be("expired");

        var sale = new Sale(Guid.NewGuid(), "Summer", created);
        sale.SetPeriod(created.AddDays(1), created.AddDays(2));
        mapping.ProjectOne<Sale, SaleDto>(sale, new { now = created.AddDays(0.5) }).Status.Should().Be("scheduled");
        mapping.ProjectOne<Sale, SaleDto>(sale, new { now = created.AddDays(1.5) }).Status.Should().Be("active");
        mapping.ProjectOne<Sale, SaleDto>(sale, new { now = created.AddDays(2.5) }).Status.Should().Be("ended");
    }

    [Test]
    public void OrderMapShouldCarryItemsRefundsAndGiftCardPayment()
    {
        var now = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var order = Order.Manual(Guid.NewGuid(), Guid.NewGuid(), "Steve", null, "steve@example.com", "USD", now);
        var first = order.AddItem(Guid.NewGuid(), "Rank", 1, 1000, null);
        var second = order.AddItem(Guid.NewGuid(), "Kit", 2, 250, null);
        var giftCard = Guid.NewGuid();
        order.PayWithGiftCard(giftCard, 500);
        order.Refund([second.Id], "changed mind", now.AddHours(1));

        var dto = Mapper().ConfigurationProvider.ProjectOne<Order, OrderDto>(order, new { orderItems = order.Items.AsQueryable() });

        dto.Email.Should().Be("s***@example.com");
        dto.GiftCardId.Should().Be(giftCard);
        dto.GiftCardAmount.Should().Be(5m);
        dto.Items.Select(i => i.Id).Should().Equal(first.Id, second.Id);
        dto.Items.Select(i => i.RefundedAt).Should().Equal(null, now.AddHours(1));
        dto.Refunds.Should().ContainSingle();
        dto.Refunds[0].ItemIds.Should().Equal(second.Id);
        dto.Refunds[0].Reason.Should().Be("changed mind");
        dto.Refunds[0].Amount.Should().BeGreaterThan(0);
    }
}
