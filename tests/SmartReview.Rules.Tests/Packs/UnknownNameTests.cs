using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

public sealed class UnknownNameTests
{
    [Fact]
    public void Compile_MisspeltParameter_IsAnErrorNotASilentDefault()
    {
        RuleDefinition rule = TestPacks.Rule("R-SPLIT", "split_admission", knowledge: null, parameters: """{"interval_dayz": 7}""");

        var e = Assert.Throws<PackLoadException>(() => TestPacks.Compile([rule], []));

        PackError error = Assert.Single(e.Errors);
        Assert.Equal(("rule R-SPLIT", "parameters.interval_dayz"), (error.Where, error.Field));
        Assert.Contains("split_admission", error.Reason);
    }

    [Fact]
    public void Compile_AttributeTheFamilyDoesNotRead_IsReportedOncePerEntry()
    {
        RuleDefinition first = TestPacks.Rule("R-SEX-1", "sex_restricted_item");
        RuleDefinition second = TestPacks.Rule("R-SEX-2", "sex_restricted_item");

        var e = Assert.Throws<PackLoadException>(() => TestPacks.Compile([first, second],
            [TestPacks.Entry("K1", "女用药", """{"sex":"F","gender":"F"}""", "XG02ADK026B002010483450")]));

        PackError error = Assert.Single(e.Errors);
        Assert.Equal(("knowledge K1", "attributes.gender"), (error.Where, error.Field));
    }

    [Fact]
    public void Compile_AlternativeAttributesTheFamilyAsksFor_AreNotReported()
    {
        RuleDefinition rule = TestPacks.Rule("R-CAP", "unit_price_cap");

        CompiledPack pack = TestPacks.Compile([rule],
            [TestPacks.Entry("K1", "床位费", """{"cap": 30}""", "001101000010000"), TestPacks.Entry("K2", "血常规", """{"caps": {"1": 15}}""", "002501000010000")]);

        Assert.Single(pack.Rules);
    }
}
