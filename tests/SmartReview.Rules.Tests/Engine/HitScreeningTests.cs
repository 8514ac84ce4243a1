using SmartReview.Rules.Engine;
using SmartReview.Rules.Families;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>A rule that judges lines alone is handed only the hits it keeps, except under a trace, which sees every hit.</summary>
public sealed class HitScreeningTests
{
    /// <summary>Keeps lines of quantity above 1 and records the lines of the hits it is handed.</summary>
    private sealed class Recorder : IRuleFamily
    {
        public string Name => "recorder";

        public bool NeedsKnowledge => true;

        public Stake Stakes => Stake.NamedCharges;

        public List<string> Seen { get; } = [];

        public CompiledRule Compile(RuleInput input) => new Rule(this, input);

        private sealed class Rule(Recorder family, RuleInput input) : CompiledRule(input.Rule, input.Entries)
        {
            public override IEnumerable<IndexedCode> IndexedCodes => [new IndexedCode(Codes.Metformin, 0, 0)];

            public override bool JudgesLinesAlone => true;

            public override bool Keeps(RuleContext context, int entry, LineItem line) => line.Quantity > 1;

            public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
            {
                foreach (Hit hit in hits)
                {
                    family.Seen.Add(context.Settlement.Lines[hit.Line].LineId);
                }
            }
        }
    }

    private static (CompiledPack Pack, Recorder Family) Pack()
    {
        var family = new Recorder();
        var pack = TestPacks.Pack([TestPacks.Rule("R1", family.Name)], [TestPacks.Entry("K1", "二甲双胍", "{}", Codes.Metformin)]);
        return (PackCompiler.Compile(pack, new Dictionary<string, IRuleFamily> { [family.Name] = family }), family);
    }

    private static Settlement TwoLines() =>
        new SettlementBuilder().WithLine("L1", Codes.Metformin, quantity: 1).WithLine("L2", Codes.Metformin, quantity: 3).Build();

    [Fact]
    public void Score_RuleJudgingLinesAlone_GetsOnlyTheKeptLines()
    {
        // Arrange
        (CompiledPack pack, Recorder family) = Pack();

        // Act
        pack.CreateScorer().Score(TwoLines());

        // Assert
        Assert.Equal(["L2"], family.Seen);
    }

    [Fact]
    public void Explain_RuleJudgingLinesAlone_GetsEveryLine()
    {
        // Arrange
        (CompiledPack pack, Recorder family) = Pack();

        // Act
        pack.CreateScorer().Explain(TwoLines(), "R1");

        // Assert
        Assert.Equal(["L1", "L2"], family.Seen);
    }
}
