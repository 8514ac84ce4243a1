using SmartReview.Rules.Engine;
using SmartReview.Rules.Families;
using SmartReview.Rules.History;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>What a flag stakes follows its family (docs/decisions/0016-what-a-flag-stakes.md), and the fund's share of it.</summary>
public sealed class FlagStakeTests
{
    private static readonly CompiledPack Pack = TestPacks.Compile(
    [
        TestPacks.Rule("R-SEX", "sex_restricted_item"),
        TestPacks.Rule("R-DATES", "charge_outside_stay", knowledge: null),
        TestPacks.Rule("R-LARGE", "large_claim", knowledge: null, parameters: """{"threshold":150}"""),
    ], [TestPacks.Entry("K-SEX", "阿帕他胺片", """{"sex":"M"}""", "XL02BBA326*")]);

    /// <summary>
    /// A woman's ¥200 stay: apalutamide (乙, ¥100, male-only), two lab lines charged before admission (乙 ¥30, 丙 ¥10)
    /// and a bed line (乙 ¥60). Self-funded ¥10 (the 丙 line); the fund paid ¥114 of the ¥190 it covers (60%).
    /// </summary>
    private static Flag[] Score() => [.. Pack.CreateScorer().Score(new SettlementBuilder().WithSex(Sex.Female)
        .WithLine("L1", Codes.Apalutamide, unitPrice: 100m)
        .WithLine("L2", Codes.Lab, unitPrice: 30m, chargedAt: SettlementBuilder.China("2024-02-20 10:00"))
        .WithLine("L3", Codes.Lab, unitPrice: 10m, chargedAt: SettlementBuilder.China("2024-02-20 11:00"), paymentClass: PaymentClass.C)
        .WithLine("L4", Codes.BedDay, unitPrice: 60m)
        .WithTotals(new Totals(200m, 114m, 76m, 10m)).Build())];

    [Fact]
    public void Score_LargeClaim_StakesNothingAndLeavesTheStayTotalAsTheCeiling()
    {
        Flag flag = Assert.Single(Score(), f => f.RuleId == "R-LARGE");

        Assert.Equal((0m, 0m, 200.00m), (flag.Amount, flag.FundAmount, flag.Ceiling));
        Assert.Contains("200.00", flag.Message.ZhCn);
    }

    [Fact]
    public void Score_ChargeFlag_StakesItsLinesAndTheFundShareOfThem()
    {
        Flag flag = Assert.Single(Score(), f => f.RuleId == "R-SEX");

        // ¥100 × 60%
        Assert.Equal((100.00m, 60.00m, 100.00m), (flag.Amount, flag.FundAmount, flag.Ceiling));
    }

    [Fact]
    public void Score_ChargeFlagWithAClassCLine_CountsNothingOfItForTheFund()
    {
        Flag flag = Assert.Single(Score(), f => f.RuleId == "R-DATES");

        // ¥40 at stake, ¥30 of it covered (the ¥10 丙 line is the patient's), 60% of that paid by the fund
        Assert.Equal(["L2", "L3"], flag.LineIds);
        Assert.Equal((40.00m, 18.00m), (flag.Amount, flag.FundAmount));
    }

    [Fact]
    public void Score_StayWithNothingCovered_PutsNothingOfTheFundAtStake()
    {
        Flag flag = Assert.Single(Pack.CreateScorer().Score(new SettlementBuilder().WithSex(Sex.Female)
            .WithLine("L1", Codes.Apalutamide, unitPrice: 100m, paymentClass: PaymentClass.C)
            .WithTotals(new Totals(100m, 0m, 0m, 100m)).Build()));

        Assert.Equal((100.00m, 0m), (flag.Amount, flag.FundAmount));
    }

    [Fact]
    public void Stakes_EveryFamily_WholeStayFamiliesLeaveTheAmountToAReviewerAndTheOthersStakeTheirCharges()
    {
        string[] byReviewer = [.. RuleFamilies.All.Values.Where(f => f.Stakes == Stake.SetByReviewer).Select(f => f.Name).Order(StringComparer.Ordinal)];

        Assert.Equal(
        [
            "age_restricted_code", "diagnosis_operation_mismatch", "diagnosis_without_treatment", "large_claim", "low_standard_admission",
            "overlapping_stays", "sex_restricted_code", "split_admission", "visit_frequency",
        ], byReviewer);
        Assert.Equal(Stake.IndicatorExcess, RuleFamilies.All["facility_indicator"].Stakes);
        Assert.Equal(RuleFamilies.All.Count - byReviewer.Length - 1, RuleFamilies.All.Values.Count(f => f.Stakes == Stake.NamedCharges));
    }

    [Fact]
    public void Compile_EveryRule_TakesWhatItStakesFromItsFamily()
    {
        Assert.All(RepoPacks.Local.Rules, r => Assert.Equal(RuleFamilies.All[r.Definition.Family].Stakes, r.Stakes));
    }
}
