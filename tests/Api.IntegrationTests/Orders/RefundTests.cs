using FluxStore.Management.Api.IntegrationTests.Infrastructure;
using FluxStore.Management.Api.IntegrationTests.Webhooks;
using FluxStore.Management.Application.Customers;
using FluxStore.Management.Application.GiftCards;
using FluxStore.Management.Application.Orders;
using FluxStore.Management.Application.Plugin;
using FluxStore.Management.Application.Subscriptions;
using Microsoft.EntityFrameworkCore;
using static FluxStore.Management.Api.IntegrationTests.Infrastructure.OrderTestKit;

namespace FluxStore.Management.Api.IntegrationTests.Orders;

/// <summary><c>POST /api/v1/orders/{id}/refund</c>: per item or whole order, with every effect in one transaction.</summary>
public sealed class RefundTests(string provider) : ApiTestBase(provider)
{
    protected override IDictionary<string, string?> Settings => WebhookTestKit.FastSettings();

    [Test]
    public async Task RefundingOneItemThenTheOtherShouldQueueRefundCommandsLowerTotalSpentAndEndRefunded()
    {
        var setup = await NewStoreWithKeyAsync();
        var survival = await ServerAsync(setup, "Survival");
        var sword = await PackageAsync(setup.Api, name: "Sword", price: 4.00m, serverIds: [survival.Id], commands:
        [
            new { stage = "purchase", content = "give {username} sword", onlineOnly = false },
            new { stage = "refund", content = "clear {username} sword x{quantity}", onlineOnly = false },
        ]);
        var rank = await PackageAsync(setup.Api, name: "Rank", price: 6.00m, serverIds: [survival.Id], commands:
        [
            new { stage = "purchase", content = "lp user {username} parent add vip", onlineOnly = false },
            new { stage = "refund", content = "lp user {username} parent remove vip", onlineOnly = true },
        ]);
        var order = await TwoItemOrderAsync(setup.Api, "Steve", sword.Id, 2, rank.Id);
        order.TotalAmount.Should().Be(14.00m);
        var plugin = Factory.WithServerKey(survival.Key);

        // The rank's purchase command has run; the sword's has not.
        var queued = await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync("/api/plugin/v1/commands"));
        queued.Select(c => c.Command).Should().Equal("give Steve sword", "lp user Steve parent add vip");
        await ReadAsync<AcknowledgeResultDto>(await plugin.PostAsJsonAsync("/api/plugin/v1/commands/ack", new { ids = new[] { queued[1].Id } }));

        var swordItem = order.Items[0];
        var partly = await ReadAsync<OrderDto>(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { swordItem.Id }, reason = "Changed mind" }));

        partly.Status.Should().Be("PartiallyRefunded");
        partly.Items[0].RefundedAt.Should().NotBeNull();
        partly.Items[1].RefundedAt.Should().BeNull();
        var refund = partly.Refunds.Should().ContainSingle().Subject;
        refund.Amount.Should().Be(8.00m);
        refund.ItemIds.Should().Equal(swordItem.Id);
        refund.Reason.Should().Be("Changed mind");
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(6.00m);

        // The sword's purchase command is cancelled (never offered again); its refund command is queued.
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync("/api/plugin/v1/commands?peek=true")))
            .Select(c => c.Command).Should().Equal("clear Steve sword x2");

        var fetched = await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"));
        fetched.Should().BeEquivalentTo(partly);

        var full = await ReadAsync<OrderDto>(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { order.Items[1].Id } }));
        full.Status.Should().Be("Refunded");
        full.Items.Should().OnlyContain(i => i.RefundedAt != null);
        full.Refunds.Should().HaveCount(2);
        full.Refunds[1].Amount.Should().Be(6.00m);
        full.Refunds[1].Reason.Should().BeNull();
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(0m);
        (await ReadAsync<List<PluginCommandDto>>(await plugin.GetAsync("/api/plugin/v1/commands")))
            .Select(c => c.Command).Should().Equal("clear Steve sword x2", "lp user Steve parent remove vip");

        (await BadRequestAsync(await RefundAsync(setup.Api, order.Id, new { }))).Should().Contain("Refunded");
        (await BadRequestAsync(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { swordItem.Id } }))).Should().Contain("Refunded");
        (await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"))).Refunds.Should().HaveCount(2);
    }

    [Test]
    public async Task RefundingAnItemTwiceOrAnUnknownItemShouldBeRefused()
    {
        var setup = await NewStoreWithKeyAsync();
        var a = await PackageAsync(setup.Api, name: "A", price: 1.00m);
        var b = await PackageAsync(setup.Api, name: "B", price: 2.00m);
        var order = await TwoItemOrderAsync(setup.Api, "Alex", a.Id, 1, b.Id);

        await ReadAsync<OrderDto>(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { order.Items[0].Id } }));
        (await BadRequestAsync(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { order.Items[0].Id } })))
            .Should().Contain("already been refunded");
        (await BadRequestAsync(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { Guid.NewGuid() } })))
            .Should().Contain("has no item");
        (await BadRequestAsync(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { order.Items[1].Id, order.Items[1].Id } })))
            .Should().Contain("itemIds");
        (await BadRequestAsync(await RefundAsync(setup.Api, order.Id, new { reason = new string('x', 501) }))).Should().ContainEquivalentOf("reason");

        var after = await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"));
        after.Status.Should().Be("PartiallyRefunded");
        after.Refunds.Should().ContainSingle();
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(2.00m);
    }

    [Test]
    public async Task TenConcurrentRefundsOfOneItemShouldLetExactlyOneSucceed()
    {
        var setup = await NewStoreWithKeyAsync();
        var a = await PackageAsync(setup.Api, name: "A", price: 3.00m);
        var b = await PackageAsync(setup.Api, name: "B", price: 5.00m);
        var order = await TwoItemOrderAsync(setup.Api, "Jeb_", a.Id, 1, b.Id);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10)
            .Select(_ => RefundAsync(WithKey(setup.Key.Key), order.Id, new { itemIds = new[] { order.Items[0].Id } })));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(1, "the statuses were {0}", string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.BadRequest).Should().Be(9);
        var after = await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"));
        after.Refunds.Should().ContainSingle().Which.Amount.Should().Be(3.00m);
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(5.00m);
    }

    [Test]
    public async Task TenConcurrentWholeOrderRefundsShouldLetExactlyOneSucceed()
    {
        var setup = await NewStoreWithKeyAsync();
        var a = await PackageAsync(setup.Api, name: "A", price: 3.00m);
        var order = await OrderAsync(setup.Api, "Jeb_", a.Id, quantity: 2);

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => RefundAsync(WithKey(setup.Key.Key), order.Id, null)));

        var statuses = responses.Select(r => r.StatusCode).ToList();
        statuses.Count(s => s == HttpStatusCode.OK).Should().Be(1, "the statuses were {0}", string.Join(",", statuses));
        statuses.Count(s => s == HttpStatusCode.BadRequest).Should().Be(9);
        (await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"))).Refunds.Should().ContainSingle().Which.Amount.Should().Be(6.00m);
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(0m);
    }

    [Test]
    public async Task ARefundShouldCancelTheSubscriptionItBoughtAndRaiseWebhookEvents()
    {
        var setup = await NewStoreWithKeyAsync();
        await using var receiver = await WebhookReceiver.StartAsync();
        var endpoint = await WebhookTestKit.EndpointAsync(setup.Owner.Client, setup.Store.Id, receiver.Url, "order.refunded", "subscription.cancelled");
        var monthly = await PackageAsync(setup.Api, name: "Monthly", price: 5.00m, subscriptionInterval: new { value = 1, unit = "month" });
        var other = await PackageAsync(setup.Api, name: "Weekly", price: 2.00m, subscriptionInterval: new { value = 1, unit = "week" });
        var order = await TwoItemOrderAsync(setup.Api, "Notch", monthly.Id, 1, other.Id);

        await ReadAsync<OrderDto>(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { order.Items[0].Id }, reason = "chargeback" }));

        var subscriptions = (await PageAsync<SubscriptionDto>(setup.Api, "/api/v1/subscriptions")).Items;
        subscriptions.Single(s => s.PackageId == monthly.Id).Status.Should().Be("Cancelled");
        subscriptions.Single(s => s.PackageId == other.Id).Status.Should().Be("Active");

        var received = await receiver.WaitForAsync(2, TimeSpan.FromSeconds(10));
        received.Select(r => r.Type).Should().BeEquivalentTo("order.refunded", "subscription.cancelled");
        received.Should().OnlyContain(r => r.SignatureVerifies(endpoint.Secret));
        var refunded = received.Single(r => r.Type == "order.refunded").Json.GetProperty("data");
        refunded.GetProperty("status").GetString().Should().Be("PartiallyRefunded");
        refunded.GetProperty("refunds")[0].GetProperty("reason").GetString().Should().Be("chargeback");
        var cancelled = received.Single(r => r.Type == "subscription.cancelled").Json.GetProperty("data");
        cancelled.GetProperty("packageId").GetGuid().Should().Be(monthly.Id);
        cancelled.GetProperty("status").GetString().Should().Be("Cancelled");
    }

    [Test]
    public async Task ARefusedRefundShouldChangeNothingAndRaiseNothing()
    {
        var setup = await NewStoreWithKeyAsync();
        var a = await PackageAsync(setup.Api, name: "A", price: 3.00m);
        var order = await OrderAsync(setup.Api, "Alex", a.Id);
        await ReadAsync<OrderDto>(await RefundAsync(setup.Api, order.Id, null));
        var outboxBefore = 0;
        await WithDbAsync(async db => outboxBefore = await db.WebhookDeliveries.CountAsync(d => d.StoreId == setup.Store.Id));

        await BadRequestAsync(await RefundAsync(setup.Api, order.Id, null));

        await WithDbAsync(async db => (await db.WebhookDeliveries.CountAsync(d => d.StoreId == setup.Store.Id)).Should().Be(outboxBefore));
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(0m);
    }

    [Test]
    public async Task RefundsShouldCreditTheGiftCardProportionallyAndKeepTheCouponUse()
    {
        var setup = await NewStoreWithKeyAsync();
        var a = await PackageAsync(setup.Api, name: "A", price: 5.00m);
        var b = await PackageAsync(setup.Api, name: "B", price: 10.00m);
        var (cardId, code) = await GiftCardPaymentTests.GiftCardAsync(setup, 10.00m);
        var couponId = await CouponAsync(setup.Api, new { code = "TENOFF", discountType = "percentage", discountValue = 10 });

        var order = await DataAsync<OrderDto>(await setup.Api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = "Alex",
            couponCode = "tenoff",
            giftCardCode = code,
            items = new[] { new { packageId = a.Id, quantity = 1 }, new { packageId = b.Id, quantity = 1 } },
        }));
        order.TotalAmount.Should().Be(13.50m);
        order.GiftCardAmount.Should().Be(10.00m);
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(13.50m);

        var first = await ReadAsync<OrderDto>(await RefundAsync(setup.Api, order.Id, new { itemIds = new[] { order.Items[0].Id } }));
        first.Refunds[0].Amount.Should().Be(4.50m, "5.00 less its share of the 10 % coupon");
        first.Refunds[0].GiftCardAmount.Should().Be(3.33m, "10.00 of 13.50 was paid by the card");
        (await GiftCardPaymentTests.CardAsync(setup.Api, cardId)).Balance.Should().Be(3.33m);
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(9.00m);

        var second = await ReadAsync<OrderDto>(await RefundAsync(setup.Api, order.Id, null));
        second.Status.Should().Be("Refunded");
        second.Refunds[1].Amount.Should().Be(9.00m);
        second.Refunds[1].GiftCardAmount.Should().Be(6.67m, "the last refund takes what is left");
        second.Refunds[1].ItemIds.Should().Equal(order.Items[1].Id);
        (await GiftCardPaymentTests.CardAsync(setup.Api, cardId)).Balance.Should().Be(10.00m);
        (await CustomerAsync(setup.Api)).TotalSpent.Should().Be(0m);
        (await CouponUsedCountAsync(setup.Api, couponId)).Should().Be(1, "coupon use is not given back");
    }

    [Test]
    public async Task OrdersListShouldFilterRefundedAndPartiallyRefunded()
    {
        var setup = await NewStoreWithKeyAsync();
        var a = await PackageAsync(setup.Api, name: "A", price: 1.00m);
        var b = await PackageAsync(setup.Api, name: "B", price: 1.00m);
        var paid = await TwoItemOrderAsync(setup.Api, "One", a.Id, 1, b.Id);
        var partly = await TwoItemOrderAsync(setup.Api, "Two", a.Id, 1, b.Id);
        var refunded = await TwoItemOrderAsync(setup.Api, "Three", a.Id, 1, b.Id);
        await ReadAsync<OrderDto>(await RefundAsync(setup.Api, partly.Id, new { itemIds = new[] { partly.Items[1].Id } }));
        await ReadAsync<OrderDto>(await RefundAsync(setup.Api, refunded.Id, null));

        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?status=refunded")).Items.Select(o => o.Id).Should().Equal(refunded.Id);
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?status=PartiallyRefunded")).Items.Select(o => o.Id).Should().Equal(partly.Id);
        (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders?status=paid")).Items.Select(o => o.Id).Should().Equal(paid.Id);
        var listed = (await PageAsync<OrderDto>(setup.Api, "/api/v1/orders")).Items.Single(o => o.Id == partly.Id);
        listed.Refunds.Should().ContainSingle().Which.ItemIds.Should().Equal(partly.Items[1].Id);
    }

    [Test]
    public async Task RefundShouldNeedOrdersEditAndHideOtherStoresOrders()
    {
        var setup = await NewStoreWithKeyAsync();
        var a = await PackageAsync(setup.Api, name: "A", price: 1.00m);
        var order = await OrderAsync(setup.Api, "Alex", a.Id);
        var viewer = WithKey((await NewKeyAsync(setup.Owner, setup.Store.Id, new Dictionary<string, string[]> { ["Orders"] = ["View"] })).Key);
        var other = await NewStoreWithKeyAsync();

        await ReadErrorAsync(await RefundAsync(viewer, order.Id, null), HttpStatusCode.Forbidden);
        await ReadErrorAsync(await RefundAsync(other.Api, order.Id, null), HttpStatusCode.NotFound);
        await ReadErrorAsync(await RefundAsync(setup.Api, Guid.NewGuid(), null), HttpStatusCode.NotFound);
        (await ReadAsync<OrderDto>(await setup.Api.GetAsync($"/api/v1/orders/{order.Id}"))).Status.Should().Be("Paid");
    }

    private static Task<HttpResponseMessage> RefundAsync(HttpClient api, Guid orderId, object? body) =>
        body is null
            ? api.PostAsync($"/api/v1/orders/{orderId}/refund", null)
            : api.PostAsJsonAsync($"/api/v1/orders/{orderId}/refund", body);

    private static async Task<OrderDto> TwoItemOrderAsync(HttpClient api, string player, Guid first, int firstQuantity, Guid second) =>
        await DataAsync<OrderDto>(await api.PostAsJsonAsync("/api/v1/orders", new
        {
            playerUsername = player,
            items = new[] { new { packageId = first, quantity = firstQuantity }, new { packageId = second, quantity = 1 } },
        }));

    private static async Task<CustomerDto> CustomerAsync(HttpClient api) =>
        (await PageAsync<CustomerDto>(api, "/api/v1/customers")).Items.Should().ContainSingle().Subject;
}
