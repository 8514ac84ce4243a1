using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Indicators;

/// <summary>Tallies stored as records between batches, added up and read again, judge as one tally of all the stays.</summary>
public sealed class TallyRecordTests
{
    private const string Drug = "XA02BCA001B002010100001", Bed = "001101000010000";

    private static readonly CompiledPack Pack = TestPacks.Compile(
    [
        TestPacks.Rule("DRUG", "facility_indicator", null, """{"indicator":"drug_share","threshold":0.4,"min_stays":3}""", ResultType.Suspicious),
        TestPacks.Rule("READMIT", "facility_indicator", null, """{"indicator":"readmission_rate","threshold":0.1,"min_stays":3}""", ResultType.Suspicious),
    ], []);

    private static Settlement Stay(string id, string person, int admitted, int discharged, decimal drug) =>
        new SettlementBuilder().WithId(id).WithPerson(person).AtFacility("F1", 2).Stay($"2024-03-{admitted:D2} 09:00", $"2024-03-{discharged:D2} 10:00")
            .WithLine("1", Drug, 1, drug).WithLine("2", Bed, 1, 100m - drug).WithTotals(new Totals(100m, 80m, 10m, 10m)).Build();

    private static readonly Settlement[] First = [Stay("S1", "P1", 1, 4, 70m), Stay("S2", "P2", 2, 5, 60m)];
    private static readonly Settlement[] Second = [Stay("S3", "P1", 10, 12, 50m), Stay("S4", "P4", 3, 9, 20m)];

    [Fact]
    public void FromRecords_BatchRecordsAddedUp_JudgeAsOneTallyOfAllTheStays()
    {
        // Arrange
        var history = new InMemoryStayHistory();
        IReadOnlyList<FacilityMonth> first = Tallies.Of(Pack, First, history).ToRecords(Pack);
        IReadOnlyList<FacilityMonth> second = Tallies.Of(Pack, Second, history).ToRecords(Pack);
        IndicatorTally whole = Tallies.Of(Pack, [.. First, .. Second]);

        // Act
        FacilityMonth sum = FacilityMonth.Sum([.. second, .. first]);
        IndicatorTally read = IndicatorTally.FromRecords([sum], Pack);

        // Assert
        Assert.Equal((4L, 400m, 320m, 1m), (sum.Stays, sum.Total, sum.FundPaid, sum.ByRule["READMIT"]));
        Assert.Equal(Flags(whole), Flags(read));
        Assert.Equal(["DRUG: 0.5 on 4 stays, ¥40.00", "READMIT: 0.25 on 4 stays, ¥0.00"], Flags(read));
    }

    [Fact]
    public void Read_MonthBelowItsThreshold_GivesTheReadingNotAboveWithNothingAtStake()
    {
        // Arrange
        IndicatorTally tally = Tallies.Of(Pack, [.. Second, Stay("S5", "P5", 20, 22, 10m)]);

        // Act
        FacilityFlag drug = Assert.Single(IndicatorReport.Read(Pack, tally, "F1", "2024-03"), f => f.RuleId == "DRUG");

        // Assert
        Assert.False(drug.Above);
        Assert.Equal((0.2667m, 0m, 3L), (drug.Value, drug.Amount, drug.Stays));
        Assert.Contains("未超过阈值", drug.Message.ZhCn);
        Assert.DoesNotContain(IndicatorReport.Evaluate(Pack, tally), f => f.RuleId == "DRUG");
    }

    [Fact]
    public void FromRecords_RuleCountOfARuleThePackNoLongerHolds_IsDropped()
    {
        // Arrange
        FacilityMonth record = Tallies.Of(Pack, [.. First, .. Second]).ToRecords(Pack)[0] with { ByRule = new Dictionary<string, decimal> { ["GONE"] = 5m } };

        // Act
        IndicatorTally read = IndicatorTally.FromRecords([record], Pack);

        // Assert
        Assert.Equal(0m, read.Figures[("F1", "2024-03")].ForRule(Pack.Find("READMIT")!.Index));
        Assert.Equal(4, read.Figures[("F1", "2024-03")].Stays);
    }

    private static string[] Flags(IndicatorTally tally) =>
        [.. IndicatorReport.Evaluate(Pack, tally).OrderBy(f => f.RuleId, StringComparer.Ordinal).Select(f => $"{f.RuleId}: {f.Value} on {f.Stays} stays, ¥{f.Amount}")];
}
