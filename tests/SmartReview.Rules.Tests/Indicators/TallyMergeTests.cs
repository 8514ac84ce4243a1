using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Indicators;

/// <summary>Facility-month tallies of separate batches merge to the same figures in any order, as one tally of them all.</summary>
public sealed class TallyMergeTests
{
    private const string Drug = "XA02BCA001B002010100001", Bed = "001101000010000";

    private static readonly CompiledPack Pack = TestPacks.Compile(
    [
        TestPacks.Rule("DRUG", "facility_indicator", null, """{"indicator":"drug_share","threshold":0.4,"min_stays":3}""", ResultType.Suspicious),
        TestPacks.Rule("READMIT", "facility_indicator", null, """{"indicator":"readmission_rate","threshold":0.1,"min_stays":3}""", ResultType.Suspicious),
        TestPacks.Rule("ALOS", "facility_indicator", null, """{"indicator":"average_length_of_stay","threshold":2,"min_stays":3}""", ResultType.Suspicious),
    ], []);

    /// <summary>Three batches of one month at F1 (and one stay at F2), with a readmission pair split across two batches.</summary>
    private static readonly Settlement[][] Batches =
    [
        [Stay("S1", "P1", "03-01", "03-04", 70m, selfFunded: 10m), Stay("S2", "P2", "03-02", "03-05", 20m)],
        [Stay("S3", "P1", "03-10", "03-12", 50m), Stay("S4", "P4", "03-03", "03-09", 10m, facility: "F2")],
        [Stay("S5", "P5", "03-20", "03-21", 90m, selfFunded: 5m, level: 3)],
    ];

    private static Settlement Stay(string id, string person, string admitted, string discharged, decimal drug, decimal selfFunded = 0m,
        string facility = "F1", int level = 2) =>
        new SettlementBuilder().WithId(id).WithPerson(person).AtFacility(facility, level).Stay($"2024-{admitted} 09:00", $"2024-{discharged} 10:00")
            .WithLine("1", Drug, 1, drug).WithLine("2", Bed, 1, 100m - drug).WithTotals(new Totals(100m, 100m - selfFunded, 0m, selfFunded)).Build();

    /// <summary>One tally per batch, each from its own scorer, all sharing one history (as a run's workers do).</summary>
    private static IndicatorTally[] TallyEach(IEnumerable<Settlement[]> batches)
    {
        var history = new InMemoryStayHistory();
        return [.. batches.Select(batch => Tallies.Of(Pack, batch, history))];
    }

    private static IndicatorTally Merged(IEnumerable<IndicatorTally> tallies)
    {
        var all = new IndicatorTally();
        foreach (IndicatorTally t in tallies)
        {
            all.Merge(t);
        }

        return all;
    }

    /// <summary>Every figure of every facility-month, in key order, to compare tallies by value.</summary>
    private static string[] Figures(IndicatorTally tally) =>
    [
        .. tally.Figures.OrderBy(f => f.Key).Select(f => $"{f.Key}: level {f.Value.Level}, {f.Value.Stays} stays, {f.Value.BedDays} bed-days, " +
            $"¥{f.Value.Total} (self-funded ¥{f.Value.SelfFunded}, drug ¥{f.Value.In(ItemCategory.Drug)}), " +
            $"by rule {string.Join('/', Enumerable.Range(0, Pack.Rules.Count).Select(f.Value.ForRule))}"),
    ];

    [Theory]
    [InlineData(0, 1, 2)]
    [InlineData(2, 1, 0)]
    [InlineData(1, 2, 0)]
    public void Merge_BatchTalliesInAnyOrder_GiveTheFiguresAndFlagsOfOneTally(int first, int second, int third)
    {
        // Arrange
        string[] expected = Figures(TallyEach([[.. Batches.SelectMany(b => b)]])[0]);
        IndicatorTally[] tallies = TallyEach(Batches);

        // Act
        IndicatorTally merged = Merged([tallies[first], tallies[second], tallies[third]]);

        // Assert: S1 and S3 are a readmission pair seen from two batches; S5's level 3 wins over level 2
        Assert.Equal(expected, Figures(merged));
        Assert.Contains("(F1, 2024-03): level 3, 4 stays, 9 bed-days, ¥400 (self-funded ¥15, drug ¥230), by rule 0/1/0", Figures(merged));
        Assert.Equal(["ALOS", "DRUG", "READMIT"], IndicatorReport.Evaluate(Pack, merged).Select(f => f.RuleId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Merge_LaterBatchOfTheSameMonth_UpdatesTheTallyAndLeavesTheBatchTallyAsItWas()
    {
        // Arrange
        IndicatorTally[] tallies = TallyEach(Batches);
        IndicatorTally merged = Merged([tallies[0]]);
        string[] firstBatch = Figures(tallies[0]);

        // Act
        merged.Merge(tallies[1]);
        merged.Merge(tallies[2]);

        // Assert
        Assert.Equal(firstBatch, Figures(tallies[0]));
        Assert.Equal(4, merged.Figures[("F1", "2024-03")].Stays);
        Assert.Equal(2, tallies[0].Figures[("F1", "2024-03")].Stays);
    }
}
