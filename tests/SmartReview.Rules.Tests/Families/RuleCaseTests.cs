using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Families;

/// <summary>Runs every rule case in TestData/Families: fires, does not fire, and the boundaries of each family.</summary>
public sealed class RuleCaseTests
{
    public static TheoryData<string> Cases => [.. RuleCase.Keys];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Score_RuleCase_ProducesExactlyTheExpectedFlags(string key)
    {
        // Arrange
        RuleCase c = RuleCase.Get(key);
        CompiledPack pack = c.Compile();
        Scorer scorer = pack.CreateScorer(new InMemoryStayHistory());
        foreach (Settlement earlier in c.Before)
        {
            scorer.Score(earlier);
        }

        // Act
        IReadOnlyList<Flag> flags = scorer.Score(c.Settlement);
        bool throughHistory = pack.Rules[0].ReadsHistory;

        // Assert
        Assert.True(flags.Count == c.Flags.Count,
            $"expected {c.Flags.Count} flag(s), got {flags.Count}:\n" + string.Join('\n', flags.Select(f => f.Message.En)));
        for (int i = 0; i < flags.Count; i++)
        {
            AssertFlag(c, c.Flags[i], flags[i], throughHistory);
        }
    }

    [Fact]
    public void Cases_EveryFamily_HasAFiringAndANonFiringCase()
    {
        // Arrange
        RuleCase[] cases = [.. RuleCase.Keys.Select(RuleCase.Get)];

        // Act
        var byFamily = cases.GroupBy(c => c.Rule.Family).ToDictionary(g => g.Key, g => g.ToArray());

        // Assert
        // Indicator families judge facility-months, not settlements: Indicators/IndicatorTests covers them.
        Assert.All(Rules.Families.RuleFamilies.All.Keys.Where(f => f != "facility_indicator"), f => Assert.Contains(f, byFamily.Keys));
        Assert.All(byFamily.Keys, f => Assert.Contains(f, Rules.Families.RuleFamilies.All.Keys));
        Assert.All(byFamily, f => Assert.Contains(f.Value, c => c.Flags.Count > 0));
        Assert.All(byFamily, f => Assert.Contains(f.Value, c => c.Flags.Count == 0));
    }

    private static void AssertFlag(RuleCase c, ExpectedFlag expected, Flag actual, bool throughHistory)
    {
        string settlementId = expected.Settlement ?? c.Settlement.Id;
        Assert.Equal(c.Rule.Id, actual.RuleId);
        Assert.Equal(c.Rule.Code, actual.RuleCode);
        Assert.Equal(c.Rule.Family, actual.Family);
        Assert.Equal(c.Rule.Result, actual.Result);
        Assert.Equal(c.Rule.Severity, actual.Severity);
        Assert.Equal("test@1", actual.Pack);
        Assert.Equal(settlementId, actual.SettlementId);
        Assert.Equal(c.Settlement.Person.Id, actual.PersonId);
        Assert.Equal(expected.Related, actual.RelatedSettlementId);
        Assert.Equal(expected.Lines, actual.LineIds);
        Assert.Equal((expected.Amount, expected.Ceiling, expected.FundAmount), (actual.Amount, actual.Ceiling, actual.FundAmount));
        // The case settlements' attending and billing doctor is D1; history keeps no doctor.
        Assert.Equal(throughHistory ? null : "D1", actual.Doctor);
        Assert.Equal(expected.Lines.Count > 0 ? ["D1"] : [], actual.LineDoctors);
        Assert.Equal(expected.Knowledge, actual.KnowledgeId);
        Assert.Equal(FlagIds.For(c.Rule.Id, settlementId, expected.Related, expected.Lines, expected.Knowledge), actual.Id);
        Assert.False(string.IsNullOrWhiteSpace(actual.Message.ZhCn));
        Assert.False(string.IsNullOrWhiteSpace(actual.Message.En));
        Assert.NotEqual(actual.Message.ZhCn, actual.Message.En);
        foreach (string mention in expected.Mentions)
        {
            Assert.Contains(mention, actual.Message.ZhCn, StringComparison.Ordinal);
            Assert.Contains(mention, actual.Message.En, StringComparison.Ordinal);
        }
    }
}
