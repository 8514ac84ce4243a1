using SmartReview.Rules.Engine;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Indicators;

/// <summary>The indicators read from the settlement's totals and dates: self-funded share, cost per bed-day, average length of stay.</summary>
public sealed class StayIndicatorTests
{
    private const string Bed = "001101000010000";

    private static CompiledPack Pack(string parameters) =>
        TestPacks.Compile([TestPacks.Rule("ZB", "facility_indicator", null, parameters, ResultType.Suspicious)], []);

    /// <summary>Stays of facility F1 (level 2) discharged in March 2024, each of <paramref name="days"/> days, ¥100 of which <paramref name="selfFunded"/> self-funded.</summary>
    private static IEnumerable<Settlement> Stays(int count, int days, decimal selfFunded = 0m) =>
        Enumerable.Range(0, count).Select(i => new SettlementBuilder().WithId($"S{i}").WithPerson($"P{i}").AtFacility("F1", 2)
            .Stay("2024-03-01 09:00", $"2024-03-{1 + days:D2} 10:00").WithLine("1", Bed, 1, 100m)
            .WithTotals(new Totals(100m, 100m - selfFunded, 0m, selfFunded)).Build());

    [Fact]
    public void Judge_SelfFundedShareAboveThreshold_PutsTheSelfFundedMoneyAboveTheShareAtStake()
    {
        // Arrange: ten stays of ¥100, ¥15 of each self-funded: 15% against 10%
        CompiledPack pack = Pack("""{"indicator":"self_funded_share","thresholds":{"2":0.10},"min_stays":10}""");

        // Act
        FacilityFlag flag = Assert.Single(Tallies.Judge(pack, Stays(10, days: 3, selfFunded: 15m)));

        // Assert: (0.15 − 0.10) × ¥1,000
        Assert.Equal(("self_funded_share", 0.15m, 0.10m, 10L), (flag.Indicator, flag.Value, flag.Threshold, flag.Stays));
        Assert.Equal(50.00m, flag.Amount);
        Assert.Contains("自费率为15.0%，超过阈值10.0%", flag.Message.ZhCn);
        Assert.Contains("self-funded share of 15.0%", flag.Message.En);
    }

    [Fact]
    public void Judge_SelfFundedShareAtThreshold_DoesNotFlag()
    {
        CompiledPack pack = Pack("""{"indicator":"self_funded_share","threshold":0.15,"min_stays":10}""");

        Assert.Empty(Tallies.Judge(pack, Stays(10, days: 3, selfFunded: 15m)));
    }

    [Fact]
    public void Judge_CostPerBedDayAboveThreshold_PutsTheExcessPerBedDayTimesBedDaysAtStake()
    {
        // Arrange: ten 4-day stays of ¥100: ¥25 a bed-day against ¥20
        CompiledPack pack = Pack("""{"indicator":"cost_per_bed_day","threshold":20,"min_stays":10}""");

        // Act
        FacilityFlag flag = Assert.Single(Tallies.Judge(pack, Stays(10, days: 4)));

        // Assert: ¥1,000 − ¥20 × 40 bed-days
        Assert.Equal(("cost_per_bed_day", 25m, 20m), (flag.Indicator, flag.Value, flag.Threshold));
        Assert.Equal(200.00m, flag.Amount);
        Assert.Contains("床日费用为25.00，超过阈值20.00", flag.Message.ZhCn);
    }

    [Fact]
    public void Judge_CostPerBedDayWithinTolerance_DoesNotFlag()
    {
        CompiledPack pack = Pack("""{"indicator":"cost_per_bed_day","threshold":20,"tolerance":0.25,"min_stays":10}""");

        Assert.Empty(Tallies.Judge(pack, Stays(10, days: 4)));
    }

    [Fact]
    public void Judge_AverageLengthOfStayAboveThreshold_FlagsInDaysWithNoMoneyAtStake()
    {
        // Arrange: five 4-day stays and five 7-day stays: 5.5 days against 5
        CompiledPack pack = Pack("""{"indicator":"average_length_of_stay","threshold":5,"min_stays":10}""");

        // Act
        FacilityFlag flag = Assert.Single(Tallies.Judge(pack, Stays(5, days: 4).Concat(Stays(5, days: 7).Select(s => s with { Id = "L" + s.Id }))));

        // Assert
        Assert.Equal(("average_length_of_stay", 5.5m, 5m, 0m), (flag.Indicator, flag.Value, flag.Threshold, flag.Amount));
        Assert.Contains("平均住院日为5.5天，超过阈值5.0天", flag.Message.ZhCn);
        Assert.Contains("average length of stay of 5.5 days, above the threshold 5.0 days", flag.Message.En);
    }

    [Fact]
    public void Judge_AverageLengthOfStayBelowThreshold_DoesNotFlag()
    {
        CompiledPack pack = Pack("""{"indicator":"average_length_of_stay","threshold":5,"min_stays":10}""");

        Assert.Empty(Tallies.Judge(pack, Stays(10, days: 4)));
    }
}
