using System.Text.RegularExpressions;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

public sealed partial class ProvincialPackTests
{
    [Fact]
    public void Load_ProvincialPack_Has326RulesOf20NationalAnd306Provincial()
    {
        CompiledPack pack = RepoPacks.Provincial;

        Assert.Equal(("provincial@2026.1", "national@2026.1", 326), (pack.Label, pack.Source.Extends, pack.Rules.Count));
        Assert.Equal(20, pack.Rules.Count(r => r.Definition.Pack == "national@2026.1"));
        Assert.Equal(306, pack.Rules.Count(r => r.Definition.Pack == "provincial@2026.1"));
        Assert.Equal(326, pack.Rules.Select(r => r.Definition.Id).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_ProvincialPack_EveryRuleIsNamedAndADistinctInstance()
    {
        CompiledPack pack = RepoPacks.Provincial;

        Assert.All(pack.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Definition.Name.ZhCn) || string.IsNullOrWhiteSpace(r.Definition.Name.En), r.Definition.Id));
        Assert.All(pack.Rules.Select(r => r.Definition).Where(r => r.Knowledge is not null),
            r => Assert.True(KnowledgeSlice.Of(pack.Source.Knowledge.Set(r.Knowledge!), r.KnowledgeCodes).Count > 0, r.Id));
        Assert.Equal(326, pack.Rules.Select(r => Signature(r.Definition)).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(326, pack.Rules.Select(r => r.Definition.Name.ZhCn).Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Load_ProvincialCatalogue_IsSyntheticWithNationalCodeFormats()
    {
        KnowledgeEntryFormat[] provincial = [.. RepoPacks.Provincial.Source.Knowledge.Entries.Where(e => e.Set.StartsWith("prov-", StringComparison.Ordinal))
            .SelectMany(e => e.Codes.Select(c => new KnowledgeEntryFormat(e.Id, e.Source, c.TrimEnd('*'))))];

        Assert.NotEmpty(provincial);
        Assert.All(provincial, e => Assert.Equal("synthetic", e.Source));
        Assert.All(provincial.Where(e => e.Code.Length == 15 && e.Code.All(char.IsAsciiDigit)), e => Assert.StartsWith("00", e.Code));
        Assert.All(provincial.Where(e => e.Code.StartsWith('C') && e.Code.Length > 8), e => Assert.Matches(ConsumableCode(), e.Code));
    }

    [Fact]
    public void Score_PriceAboveTheLevelCapAndANationalBreach_EachFlagNamesItsRulesPackAndVersion()
    {
        CompiledPack pack = RepoPacks.Provincial;
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).AtFacility("F1", level: 2).Stay("2025-03-01 09:00", "2025-03-05 10:00")
            .WithLine("1", "001101000010000", 1, 60m, category: ItemCategory.Bed)
            .WithLine("2", "XL02BBA326A001010102180", 2, 98.50m).Build();

        Flag[] flags = [.. pack.CreateScorer().Score(s)];

        Flag cap = Assert.Single(flags, f => f.RuleId == "PRV-PRICE-1101");
        Assert.Equal(("provincial@2026.1", 19.50m), (cap.Pack, cap.Amount));
        Assert.Equal("national@2026.1", Assert.Single(flags, f => f.RuleId == "NAT-GZ10000301004000").Pack);
        Assert.All(flags, f => Assert.Equal(pack.Find(f.RuleId)!.Definition.Pack, f.Pack));
    }

    private static string Signature(RuleDefinition r) => string.Join('|', r.Family, r.Knowledge, string.Join(',', r.KnowledgeCodes),
        string.Join(',', r.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value.GetRawText()}")),
        string.Join(',', r.Scope.Levels));

    [GeneratedRegex("^C[0-9]{26}$")]
    private static partial Regex ConsumableCode();

    private sealed record KnowledgeEntryFormat(string Id, string? Source, string Code);
}
