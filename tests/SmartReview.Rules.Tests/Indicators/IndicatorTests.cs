using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Indicators;

public sealed class IndicatorTests
{
    private const string Drug = "XA02BCA001B002010100001", Bed = "001101000010000", Ct = "002202000010000";

    private static RuleDefinition Indicator(string id, string parameters, bool knowledge = false) =>
        TestPacks.Rule(id, "facility_indicator", knowledge ? TestPacks.Set : null, parameters, ResultType.Suspicious);

    /// <summary>Stays of facility F1 (level 2) discharged in March 2024, each with one drug and one bed line.</summary>
    private static IEnumerable<Settlement> Stays(int count, decimal drug, decimal bed, string facility = "F1", int startDay = 1) =>
        Enumerable.Range(0, count).Select(i => new SettlementBuilder().WithId($"{facility}-S{i}").WithPerson($"P{i}").AtFacility(facility, 2)
            .Stay($"2024-03-{startDay:D2} 09:00", $"2024-03-{startDay + 2:D2} 10:00")
            .WithLine("1", Drug, 1, drug).WithLine("2", Bed, 1, bed).Build());

    [Fact]
    public void Judge_DrugShareAboveTheLevelThreshold_FlagsTheFacilityMonthWithTheExcessMoney()
    {
        CompiledPack pack = TestPacks.Compile([Indicator("ZB-DRUG", """{"indicator":"drug_share","thresholds":{"2":0.4},"min_stays":10}""")], []);

        FacilityFlag flag = Assert.Single(Tallies.Judge(pack, Stays(10, drug: 60m, bed: 40m)));

        Assert.Equal(("F1", "2024-03", "drug_share"), (flag.FacilityId, flag.Month, flag.Indicator));
        Assert.Equal(0.6m, flag.Value);
        Assert.Equal(0.4m, flag.Threshold);
        Assert.Equal(10, flag.Stays);
        Assert.Equal(200.00m, flag.Amount);
        Assert.Contains("药费占比", flag.Message.ZhCn);
        Assert.Contains("60.0%", flag.Message.En);
    }

    [Fact]
    public void Judge_ShareWhoseExcessIsHalfAFen_RoundsTheExactMoneyNotTheRoundedShare()
    {
        // 60 − 0.35 × 100.30 = 24.895 exactly; (60 / 100.30 − 0.35) × 100.30 in decimal came to 24.89499… and lost a fen.
        CompiledPack pack = TestPacks.Compile([Indicator("ZB-DRUG", """{"indicator":"drug_share","threshold":0.35,"min_stays":1}""")], []);

        FacilityFlag flag = Assert.Single(Tallies.Judge(pack, Stays(1, drug: 60m, bed: 40.30m)));

        Assert.Equal(24.90m, flag.Amount);
    }

    [Fact]
    public void Judge_ShareAtThresholdOrTooFewStays_DoesNotFlag()
    {
        CompiledPack pack = TestPacks.Compile([Indicator("ZB-DRUG", """{"indicator":"drug_share","threshold":0.6,"min_stays":10}""")], []);

        Assert.Empty(Tallies.Judge(pack, Stays(10, drug: 60m, bed: 40m)));
        Assert.Empty(Tallies.Judge(pack, Stays(9, drug: 90m, bed: 10m)));
    }

    [Fact]
    public void Judge_AverageCostAboveThresholdByMoreThanTolerance_PutsTheExcessPerStayAtStake()
    {
        CompiledPack pack = TestPacks.Compile([Indicator("AVG", """{"indicator":"average_cost","threshold":1000,"tolerance":0.05,"min_stays":5}""")], []);

        Assert.Empty(Tallies.Judge(pack, Stays(5, drug: 1000m, bed: 50m)));
        FacilityFlag flag = Assert.Single(Tallies.Judge(pack, Stays(5, drug: 1000m, bed: 60m)));
        Assert.Equal(300.00m, flag.Amount);
    }

    [Fact]
    public void Judge_CtShare_CountsOnlyTheKnowledgeCodes()
    {
        CompiledPack pack = TestPacks.Compile([Indicator("ZB-CT", """{"indicator":"ct_share","threshold":0.1,"min_stays":2}""", knowledge: true)],
            [TestPacks.Entry("K-CT", "CT", "{}", Ct)]);
        Settlement[] stays = [.. Enumerable.Range(0, 2).Select(i => new SettlementBuilder().WithId($"S{i}").WithPerson($"P{i}")
            .WithLine("1", Ct, 1, 30m).WithLine("2", Bed, 1, 70m).Build())];

        FacilityFlag flag = Assert.Single(Tallies.Judge(pack, stays));

        Assert.Equal(0.3m, flag.Value);
        Assert.Equal(40.00m, flag.Amount);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Judge_ReadmissionRate_CountsEachPairOnceInEitherOrder(bool reversed)
    {
        CompiledPack pack = TestPacks.Compile([Indicator("ZB-READMIT", """{"indicator":"readmission_rate","threshold":0.2,"min_stays":2}""")], []);
        Settlement first = new SettlementBuilder().WithId("S1").Stay("2024-03-01 09:00", "2024-03-05 10:00").WithLine("1", Bed).Build();
        Settlement again = new SettlementBuilder().WithId("S2").Stay("2024-03-20 09:00", "2024-03-22 10:00").WithLine("1", Bed).Build();

        FacilityFlag flag = Assert.Single(Tallies.Judge(pack, reversed ? [again, first] : [first, again]));

        Assert.Equal(0.5m, flag.Value);
        Assert.Equal(0m, flag.Amount);
    }

    [Fact]
    public void Judge_InfectionRate_CountsStaysWithASecondaryInfectionDiagnosis()
    {
        CompiledPack pack = TestPacks.Compile([Indicator("ZB-HAI", """{"indicator":"infection_rate","threshold":0.25,"min_stays":4}""", knowledge: true)],
            [TestPacks.Entry("K-HAI", "医院感染", "{}", "Y95*")]);
        Settlement[] stays = [.. Enumerable.Range(0, 4).Select(i => new SettlementBuilder().WithId($"S{i}").WithPerson($"P{i}")
            .WithDiagnosis("K80.100").WithDiagnosis(i < 2 ? "Y95.x00" : "I10.x00").WithLine("1", Bed).Build())];

        Assert.Equal(0.5m, Assert.Single(Tallies.Judge(pack, stays)).Value);
    }

    [Fact]
    public void Tally_MonthIsTheChinaDischargeDate()
    {
        CompiledPack pack = TestPacks.Compile([Indicator("AVG", """{"indicator":"average_cost","threshold":1000}""")], []);
        Scorer scorer = pack.CreateScorer();
        scorer.Score(new SettlementBuilder().Stay("2024-02-27 09:00", "2024-03-01 00:30").WithLine("1", Bed).Build());

        Assert.Equal([("F1", "2024-03")], scorer.TakeIndicators().Figures.Keys);
    }

    [Fact]
    public async Task ScoreAsync_ManyBatchesOnSeveralWorkers_MergesTheSameTallyAsOneThread()
    {
        CompiledPack pack = TestPacks.Compile([Indicator("ZB-DRUG", """{"indicator":"drug_share","threshold":0.4,"min_stays":10}""")], []);
        string[] lines = [.. Stays(150, 60m, 40m).Concat(Stays(100, 20m, 80m, "F2")).Select(Batches.Jsonl.Of)];

        var summary = await new Rules.Batches.BatchScorer(new Rules.Batches.PackRegistry(pack), new InMemoryStayHistory(), workers: 3, batchBytes: 4096)
            .ScoreAsync(Batches.Jsonl.Stream(lines), new Batches.CollectingSink(), cancel: TestContext.Current.CancellationToken);

        FacilityFlag flag = Assert.Single(IndicatorReport.Evaluate(pack, summary.Indicators));
        Assert.Equal(("F1", 150L), (flag.FacilityId, flag.Stays));
        Assert.Equal(100, summary.Indicators.Figures[("F2", "2024-03")].Stays);
    }

    [Fact]
    public void Tally_FacilitiesAndMonthsInterleaved_KeepOneFigureSetPerFacilityMonth()
    {
        // Arrange
        var tally = new IndicatorTally();
        var march = new DateOnly(2024, 3, 31);
        var april = new DateOnly(2024, 4, 1);

        // Act
        MonthFigures f1March = tally.For("F1", march), f2March = tally.For("F2", march), f1April = tally.For("F1", april);
        MonthFigures f2MarchAgain = tally.For("F2", new DateOnly(2024, 3, 1)), f1MarchAgain = tally.For("F1", march);

        // Assert
        Assert.Same(f2March, f2MarchAgain);
        Assert.Same(f1March, f1MarchAgain);
        Assert.NotSame(f1March, f1April);
        Assert.Equal([("F1", "2024-03"), ("F1", "2024-04"), ("F2", "2024-03")], tally.Figures.Keys.Order());
    }
}
