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
    public void Find_ByNameOrCode_FindsTheRule(string? name, string? code, string key)
    {
        Assert.Equal(key, Data.Map.Find(name, code)?.Key);
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
