using System.Text.Json.Nodes;
using SmartReview.Knowledge.Import;
using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Wording;

namespace SmartReview.Knowledge.Tests.Wording;

/// <summary>Wording patterns, as data: every case in TestData/wording/ structures as it says.</summary>
public sealed class WordingReadersTests
{
    private static readonly ImportData Data = ImportData.Load(new ImportOptions());

    [Theory]
    [MemberData(nameof(WordingCase.Names), MemberType = typeof(WordingCase))]
    public void Read_Case_StructuresAsExpected(string name)
    {
        WordingCase c = WordingCase.All[name];
        RuleMapping rule = Data.Map.Find(c.Rule, null) ?? throw new InvalidOperationException($"no rule named {c.Rule}");

        Structure s = Data.Readers.Read(c.Restriction, c.ItemName, rule);

        if (c.TextOnly is null)
        {
            Assert.Null(s.Reason);
            Assert.True(JsonNode.DeepEquals(c.Attributes, s.Attributes), $"expected {c.Attributes!.ToJsonString()}, read {s.Attributes.ToJsonString()}");
        }
        else
        {
            Assert.Equal(c.TextOnly, s.Reason);
            Assert.Equal(c.Kind, (string?)s.Attributes["kind"]);
        }
    }

    [Fact]
    public void Read_ChildMaxAgeOption_SetsTheChildrenDefault()
    {
        var data = ImportData.Load(new ImportOptions { ChildMaxAgeYears = 13 });
        RuleMapping rule = data.Map.Find("药品儿童专用", null)!;

        Structure s = data.Readers.Read("用于小儿感冒。", "小儿感冒颗粒", rule);

        Assert.Equal(13, (int)s.Attributes["max_age_years"]!);
    }

    [Theory]
    [InlineData("药品限适应症", null, "drug-indication")]
    [InlineData(null, "GZ10000101008000", "drug-indication")]
    [InlineData("  药品限适应症 ", "GZ99999999999999", "drug-indication")]
    [InlineData("超互联网医院药品支付范围", null, "internet-drug")]
    [InlineData(null, "GZ10000102012000", "service-duplicate")]
    [InlineData("医疗服务项目重复收费", null, "service-duplicate")]
    [InlineData(null, "GZ10000102014000", "service-frequency")]
    [InlineData("医疗服务项目周期超频次", null, "service-period-frequency")]
    [InlineData(null, "GZ10000102010000", "service-course")]
    [InlineData("药品限最大开药天数/开药量", null, "drug-quantity")]
    [InlineData(null, "GZ10000101009000", "drug-quantity")]
    [InlineData("医疗服务项目与医用耗材重复收费", null, "service-consumable-duplicate")]
    [InlineData("无指征住院(低标准入院)", null, "low-standard-admission")]
    public void Find_ByNameOrCode_FindsTheRule(string? name, string? code, string key)
    {
        Assert.Equal(key, Data.Map.Find(name, code)?.Key);
    }

    [Fact]
    public void Coverage_FrameworkTable_EveryDecidableRuleIsMapped()
    {
        var coverage = Data.Framework.Coverage(Data.Map, 0, 0);

        Assert.Equal((89, 73), (coverage.FrameworkRules, coverage.Decidable));
        Assert.Empty(coverage.Unmapped);
    }

    [Fact]
    public void Coverage_RuleMapWithoutARow_ListsTheFrameworkRuleAsUnmapped()
    {
        var map = new RuleMap([.. Data.Map.Rules.Where(r => r.Key != "service-frequency")], Data.Map.Fallback);

        var coverage = Data.Framework.Coverage(map, 0, 0);

        Assert.Equal(["医疗服务项目限定频次 (GZ10000102014000)"], coverage.Unmapped);
    }

    [Fact]
    public void Find_UnknownRule_ReturnsNull()
    {
        Assert.Null(Data.Map.Find("不存在的规则", null));
    }

    [Fact]
    public void Load_RuleMap_EveryFamilyIsRegisteredInTheRulesLibrary()
    {
        Assert.All(Data.Map.Rules, r => Assert.True(SmartReview.Rules.Families.RuleFamilies.All.ContainsKey(r.Family), $"{r.Key}: {r.Family}"));
    }
}
