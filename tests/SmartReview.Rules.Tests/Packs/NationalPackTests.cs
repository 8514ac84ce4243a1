using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

public sealed class NationalPackTests
{
    private static readonly Lazy<CompiledPack> National = new(() => PackCompiler.Load(TestFiles.Repo("rules", "packs", "national", "pack.json")));

    [Fact]
    public void Load_NationalPack_UsesEveryImportedSetExactlyOnce()
    {
        CompiledPack pack = National.Value;

        Assert.Equal(pack.Source.Knowledge.SetNames.Order(StringComparer.Ordinal), pack.Rules.Select(r => r.Definition.Knowledge!).Order(StringComparer.Ordinal));
        Assert.All(pack.Rules, r => Assert.NotEmpty(r.Entries));
    }

    [Fact]
    public void Score_MaleOnlyDrugForAWoman_FlagsTheNationalSexRuleWithTheOfficialItem()
    {
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).Stay("2025-03-01 09:00", "2025-03-05 10:00")
            .WithLine("1", "XL02BBA326A001010102180", 2, 98.50m).Build();

        IReadOnlyList<Flag> flags = National.Value.CreateScorer().Score(s);

        Flag flag = Assert.Single(flags, f => f.Family == "sex_restricted_item");

        Assert.Equal(("NAT-GZ10000301004000", "national@2026.1", 197.00m), (flag.RuleId, flag.Pack, flag.Amount));
        Assert.Contains("阿帕他胺片", flag.Message.ZhCn);
    }

    [Fact]
    public void Score_SecondLineDrug_GoesToAReviewerWithTheOfficialWording()
    {
        CompiledPack pack = National.Value;
        var entry = pack.Find("NAT-GZ10000101005000")!.Entries[0];
        Settlement s = new SettlementBuilder().Stay("2025-03-01 09:00", "2025-03-05 10:00").WithLine("1", entry.Codes[0].TrimEnd('*').PadRight(23, '0')).Build();

        Flag flag = Assert.Single(pack.CreateScorer().Score(s), f => f.RuleId == "NAT-GZ10000101005000");

        Assert.Equal(Rules.Packs.ResultType.Suspicious, flag.Result);
        Assert.Contains(entry.Text, flag.Message.ZhCn);
    }
}
