using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Tests.Support;

namespace SmartReview.Synthetic.Tests;

public sealed class IndicatorTruthTests
{
    /// <summary>About 160 stays per facility-month over January and February 2025 (level-1 facilities 30 to 70).</summary>
    private static readonly GeneratorOptions TwoMonths = new() { Count = 20000, Seed = 29, StartDate = new DateOnly(2025, 1, 1), SpanDays = 59 };

    private static readonly Lazy<Settlement[]> Parsed = new(() =>
    {
        var parser = new SettlementParser();
        return [.. GeneratedBatch.Of(Packs.Provincial, TwoMonths).Records().Select(r => parser.Parse(r.Record.Span).Settlement!)];
    });

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Evaluate_GeneratedTwoMonths_FlagsTheFacilityMonthsTheOracleFlags(bool lowered)
    {
        // Arrange: scored as a run scores them (four workers, small batches, one shared history); the oracle works
        // from the same settlements alone.
        CompiledPack pack = lowered ? LoweredIndicatorPack.Of(Packs.Get(Packs.Provincial)) : Packs.Get(Packs.Provincial);
        GeneratedBatch batch = GeneratedBatch.Of(Packs.Provincial, TwoMonths);
        IndicatorOracle oracle = IndicatorOracle.Of(pack.Source, Parsed.Value);
        var scorer = new BatchScorer(new PackRegistry(pack), new InMemoryStayHistory(pack.HistoryRetentionDays), workers: 4, batchBytes: 1 << 18);

        // Act
        BatchSummary summary = await scorer.ScoreAsync(new MemoryStream(batch.Settlements), new DiscardingSink(), cancel: TestContext.Current.CancellationToken);
        IndicatorFlag[] raised = [.. IndicatorReport.Evaluate(pack, summary.Indicators)
            .Select(f => new IndicatorFlag(f.RuleId, f.FacilityId, f.Month, f.Value, f.Threshold, f.Stays, f.Amount))];

        // Assert
        Assert.Equal(TwoMonths.Count, summary.Accepted);
        Assert.Equal(oracle.FacilityMonths, summary.Indicators.Figures.Count);
        Assert.True(oracle.Flags.Count >= 10 && oracle.Judged.Count - oracle.Flags.Count >= 10,
            $"{oracle.Flags.Count} flags of {oracle.Judged.Count} judged rule-facility-months: the thresholds prove nothing");
        string[] missed = [.. oracle.Flags.Except(raised).Select(f => "missed " + f)];
        string[] unexpected = [.. raised.Except(oracle.Flags).Select(f => "unexpected " + f)];
        Assert.True(missed.Length + unexpected.Length == 0, string.Join('\n', missed.Concat(unexpected).Take(40)));
        Assert.Equal(raised.Length, raised.Distinct().Count());
        if (lowered)
        {
            foreach (IGrouping<string, (string RuleId, string, string)> rule in oracle.Judged.GroupBy(j => j.RuleId))
            {
                int flagged = oracle.Flags.Count(f => f.RuleId == rule.Key);
                Assert.True(flagged > 0 && flagged < rule.Count(), $"{rule.Key}: {flagged} flags of {rule.Count()} judged");
            }
        }
    }
}
