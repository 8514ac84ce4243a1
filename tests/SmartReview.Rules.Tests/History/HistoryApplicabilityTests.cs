using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.History;

public sealed class HistoryApplicabilityTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Score_EarlierStayBeforeTheRuleTookEffect_LaterStayIsFlaggedInEitherOrder(bool laterFirst)
    {
        RuleDefinition rule = TestPacks.Rule("R-SPLIT", "split_admission", knowledge: null, parameters: """{"interval_days": 15}""")
            with { EffectiveFrom = new DateOnly(2024, 3, 10) };
        Scorer scorer = TestPacks.Compile([rule], []).CreateScorer(new InMemoryStayHistory());
        Settlement earlier = new SettlementBuilder().WithId("S-EARLIER").Stay("2024-03-01 09:00", "2024-03-05 10:00").WithLine("1", "001101000010000").Build();
        Settlement later = new SettlementBuilder().WithId("S-LATER").Stay("2024-03-12 09:00", "2024-03-15 10:00").WithLine("1", "001101000010000").Build();

        Flag[] flags = [.. (laterFirst ? new[] { later, earlier } : [earlier, later]).SelectMany(scorer.Score)];

        Flag flag = Assert.Single(flags);
        Assert.Equal(("S-LATER", "S-EARLIER"), (flag.SettlementId, flag.RelatedSettlementId));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Score_LaterStayOutOfTheRulesScope_IsNotFlaggedInEitherOrder(bool laterFirst)
    {
        RuleDefinition rule = TestPacks.Rule("R-SPLIT", "split_admission", knowledge: null, parameters: """{"interval_days": 15}""")
            with { Scope = new RuleScope([Scheme.Employee], [], []) };
        Scorer scorer = TestPacks.Compile([rule], []).CreateScorer(new InMemoryStayHistory());
        Settlement earlier = new SettlementBuilder().WithId("S-EARLIER").Stay("2024-03-01 09:00", "2024-03-05 10:00").WithLine("1", "001101000010000").Build();
        Settlement later = new SettlementBuilder().WithId("S-LATER").WithScheme(Scheme.Resident).Stay("2024-03-12 09:00", "2024-03-15 10:00")
            .WithLine("1", "001101000010000").Build();

        Assert.Empty((laterFirst ? new[] { later, earlier } : [earlier, later]).SelectMany(scorer.Score));
    }
}
