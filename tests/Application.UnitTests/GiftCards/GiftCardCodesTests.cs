using FluxStore.Management.Application.GiftCards;

namespace FluxStore.Management.Application.UnitTests.GiftCards;

public sealed class GiftCardCodesTests
{
    [Test]
    public void ShouldGenerateGroupedCodesFromTheUnambiguousAlphabet()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => GiftCardCodes.Generate()).ToList();

        codes.Should().OnlyHaveUniqueItems();
        codes.Should().AllSatisfy(code =>
        {
            code.Should().MatchRegex("^[A-Z2-9]{4}(-[A-Z2-9]{4}){4}$");
            GiftCardCodes.Normalize(code).Should().HaveLength(GiftCardCodes.Length).And.NotContainAny("0", "O", "1", "I", "L");
        });

        // Every letter of the alphabet shows up: the generator uses all of it.
        string.Concat(codes.Select(GiftCardCodes.Normalize)).Distinct().Should().BeEquivalentTo(GiftCardCodes.Alphabet.ToCharArray());
    }

    [TestCase("abcd-efgh-jkmn-pqrs-tuvw", "ABCDEFGHJKMNPQRSTUVW")]
    [TestCase(" ABCD EFGH-JKMN PQRS TUVW ", "ABCDEFGHJKMNPQRSTUVW")]
    [TestCase("ABCDEFGHJKMNPQRSTUVW", "ABCDEFGHJKMNPQRSTUVW")]
    public void ShouldNormalizeWhatAPlayerTypes(string typed, string normalized) =>
        GiftCardCodes.Normalize(typed).Should().Be(normalized);

    [Test]
    public void ShouldFormatInGroupsOfFour() =>
        GiftCardCodes.Format("ABCDEFGHJKMNPQRSTUVW").Should().Be("ABCD-EFGH-JKMN-PQRS-TUVW");
}
