using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.History;

public sealed class ExplainHistoryTests
{
    [Fact]
    public void Explain_SplitAdmission_DoesNotRecordTheExplainedStay()
    {
        CompiledPack pack = TestPacks.Compile([TestPacks.Rule("R-SPLIT", "split_admission", knowledge: null, parameters: """{"interval_days": 15}""")], []);
        Scorer scorer = pack.CreateScorer(new InMemoryStayHistory());
        Settlement later = new SettlementBuilder().WithId("S-LATER").Stay("2024-03-10 09:00", "2024-03-12 10:00").WithLine("1", "001101000010000").Build();
        Settlement earlier = new SettlementBuilder().WithId("S-EARLIER").Stay("2024-03-01 09:00", "2024-03-05 10:00").WithLine("1", "001101000010000").Build();

        Explanation explained = scorer.Explain(later, "R-SPLIT");
        IReadOnlyList<Flag> flags = scorer.Score(earlier);

        Assert.False(explained.Fired);
        Assert.Empty(flags);
    }
}
