using FluxStore.Management.Domain.Common;
using FluxStore.Management.Domain.GiftCards;
using FluxStore.Management.Domain.Plugin;

namespace FluxStore.Management.Domain.UnitTests.GiftCards;

public sealed class GiftCardTests
{
    private static readonly DateTime Now = new(2026, 6, 1, 12, 0, 0, DateTimeKind.Utc);

    private static GiftCard NewCard(long cents = 2500) =>
        new(Guid.CreateVersion7(), [1, 2, 3], "protected", cents, GiftCardScope.Store, null, Now);

    [Test]
    public void ShouldStartWithTheFullBalanceEnabledAndActive()
    {
        var card = NewCard();

        card.BalanceCents.Should().Be(2500);
        card.AmountCents.Should().Be(2500);
        card.IsEnabled.Should().BeTrue();
        card.StatusAt(Now).Should().Be(GiftCardStatus.Active);
        card.ScopeIds.Should().BeNull();
    }

    [Test]
    public void ShouldRefuseWorthlessCardsAndScopesWithoutIds()
    {
        var zero = () => NewCard(0);
        zero.Should().Throw<DomainRuleException>();
        var noIds = () => new GiftCard(Guid.CreateVersion7(), [1], "p", 100, GiftCardScope.Packages, [], Now);
        noIds.Should().Throw<DomainRuleException>();
    }

    [Test]
    public void ShouldKeepScopeIdsWithoutDuplicates()
    {
        var id = Guid.CreateVersion7();
        var card = new GiftCard(Guid.CreateVersion7(), [1], "p", 100, GiftCardScope.Categories, [id, id], Now);

        card.ScopeIdList.Should().Equal(id);
    }

    [Test]
    public void ShouldDeriveStatusWithDisabledThenExpiredThenDepleted()
    {
        GiftCard.StatusOf(false, Now.AddDays(-1), 0, Now).Should().Be(GiftCardStatus.Disabled);
        GiftCard.StatusOf(true, Now.AddDays(-1), 0, Now).Should().Be(GiftCardStatus.Expired);
        GiftCard.StatusOf(true, Now, 100, Now).Should().Be(GiftCardStatus.Expired, "a card expires at its expiry instant");
        GiftCard.StatusOf(true, Now.AddDays(1), 0, Now).Should().Be(GiftCardStatus.Depleted);
        GiftCard.StatusOf(true, null, 1, Now).Should().Be(GiftCardStatus.Active);
    }

    [Test]
    public void ShouldDebitAtMostTheBalanceOfAnActiveCard()
    {
        var card = NewCard(1000);

        card.Debit(400, Now).Should().Be(400);
        card.BalanceCents.Should().Be(600);
        card.Debit(1000, Now).Should().Be(600);
        card.BalanceCents.Should().Be(0);
        card.StatusAt(Now).Should().Be(GiftCardStatus.Depleted);

        var spent = () => card.Debit(1, Now);
        spent.Should().Throw<DomainRuleException>();
        var disabled = NewCard();
        disabled.SetEnabled(false);
        var act = () => disabled.Debit(1, Now);
        act.Should().Throw<DomainRuleException>();
    }

    [Test]
    public void ShouldNormalizeRecipientNameForSearch()
    {
        var card = NewCard();
        card.SetRecipientName("  Jöhn  ");
        card.RecipientName.Should().Be("Jöhn");
        card.NormalizedRecipientName.Should().Be("JÖHN");
        card.SetRecipientName("   ");
        card.RecipientName.Should().BeNull();
        card.NormalizedRecipientName.Should().BeNull();
    }

    [Test]
    public void ShouldRefuseEmptyOrOverlongQueuedCommands()
    {
        var empty = () => new PendingCommand(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 0, " ", "Steve", null, false, Now);
        empty.Should().Throw<DomainRuleException>();
        var tooLong = () => new PendingCommand(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 0, new string('x', PendingCommand.CommandMaxLength + 1), "Steve", null, false, Now);
        tooLong.Should().Throw<DomainRuleException>();
        new PendingCommand(Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), 0, "say hi", "Steve", "", false, Now).PlayerUuid.Should().BeNull();
    }
}
