using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

public sealed class LocalPackTests
{
    private static Settlement Stay(string id, string admitted, string discharged, decimal price = 10m) =>
        new SettlementBuilder().WithId(id).Stay(admitted, discharged).WithLine("1", "002501000010000", 1, price, category: ItemCategory.Lab).Build();

    private static Flag[] ScoreInOrder(CompiledPack pack, params Settlement[] settlements)
    {
        Scorer scorer = pack.CreateScorer(new InMemoryStayHistory());
        return [.. settlements.SelectMany(scorer.Score)];
    }

    [Fact]
    public void Load_LocalPack_Has30LocalRules_7OverridesAnd23Additions()
    {
        CompiledPack local = RepoPacks.Local;
        HashSet<string> provincial = [.. RepoPacks.Provincial.Rules.Select(r => r.Definition.Id)];

        string[] localRules = [.. local.Rules.Where(r => r.Definition.Pack == "local@2026.1").Select(r => r.Definition.Id)];

        Assert.Equal(("local@2026.1", "provincial@2026.1", "330100"), (local.Label, local.Source.Extends, local.Source.Region));
        Assert.Equal(30, localRules.Length);
        Assert.Equal(7, localRules.Count(provincial.Contains));
        Assert.Equal(23, localRules.Count(id => !provincial.Contains(id)));
        Assert.Equal(326 + 23, local.Rules.Count);
        Assert.Equal(local.Rules.Count, local.Rules.Select(r => r.Definition.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_LocalPack_OverridesTheSplitAdmissionIntervalTo7Days()
    {
        const string Split = "PRV-GZ10000204001000";

        int provincial = RepoPacks.Provincial.Find(Split)!.Definition.Parameters["interval_days"].GetInt32();
        int local = RepoPacks.Local.Find(Split)!.Definition.Parameters["interval_days"].GetInt32();

        Assert.Equal((15, 7), (provincial, local));
        Assert.True(RepoPacks.Local.Find(Split)!.Definition.Parameters["same_facility"].GetBoolean());
    }

    [Fact]
    public void Score_ReadmissionAfter10Days_FlagsUnderProvincialNotUnderLocal()
    {
        Settlement first = Stay("S1", "2025-03-01 09:00", "2025-03-05 10:00");
        Settlement tenDaysLater = Stay("S2", "2025-03-15 09:00", "2025-03-18 10:00");

        Flag[] provincial = [.. ScoreInOrder(RepoPacks.Provincial, first, tenDaysLater).Where(f => f.Family == "split_admission")];
        Flag[] local = [.. ScoreInOrder(RepoPacks.Local, first, tenDaysLater).Where(f => f.Family == "split_admission")];

        Flag flag = Assert.Single(provincial);
        Assert.Equal(("PRV-GZ10000204001000", "provincial@2026.1", "S2", "S1"), (flag.RuleId, flag.Pack, flag.SettlementId, flag.RelatedSettlementId));
        Assert.Empty(local);
    }

    [Fact]
    public void Score_ReadmissionAfter5Days_FlagsTheOverriddenRuleUnderTheLocalVersion()
    {
        Settlement first = Stay("S1", "2025-03-01 09:00", "2025-03-05 10:00");
        Settlement fiveDaysLater = Stay("S2", "2025-03-10 09:00", "2025-03-12 10:00");

        Flag flag = Assert.Single(ScoreInOrder(RepoPacks.Local, first, fiveDaysLater), f => f.Family == "split_admission");

        Assert.Equal(("PRV-GZ10000204001000", "local@2026.1"), (flag.RuleId, flag.Pack));
    }

    [Theory]
    [InlineData(45000, new[] { "LOC-LARGE-40000" })]
    [InlineData(60000, new[] { "LOC-LARGE-40000", "PRV-LARGE-100000" })]
    public void Score_LargeStay_LocalThresholdsApplyAndEveryFlagNamesItsRulesPack(int total, string[] expected)
    {
        CompiledPack local = RepoPacks.Local;
        Settlement s = new SettlementBuilder().Stay("2025-03-01 09:00", "2025-03-12 10:00")
            .WithLine("1", "003313000010000", 1, total, category: ItemCategory.Surgery).WithOperation("81.5100").WithDiagnosis("M16.000").Build();

        Flag[] flags = [.. local.CreateScorer().Score(s)];

        Assert.Equal(expected, flags.Where(f => f.Family == "large_claim").Select(f => f.RuleId).Order(StringComparer.Ordinal));
        Assert.All(flags.Where(f => f.Family == "large_claim"), f => Assert.Equal("local@2026.1", f.Pack));
        Assert.Contains(flags, f => f.RuleId == "PRV-PRICE-3313" && f.Pack == "provincial@2026.1");
        Assert.All(flags, f => Assert.Equal(local.Find(f.RuleId)!.Definition.Pack, f.Pack));
    }
}
