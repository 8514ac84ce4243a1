using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Packs;

public sealed class KnowledgeSliceTests
{
    private const string WesternDrug = "XG02ADK026B002010483450", PatentMedicine = "ZD03AAA0043010100166";

    [Theory]
    [InlineData("Z*", PatentMedicine, true)]
    [InlineData("Z*", WesternDrug, false)]
    [InlineData("X*", WesternDrug, true)]
    [InlineData("XG02*", WesternDrug, true)]
    public void Score_RuleOnASliceOfTheSet_SeesOnlyCodesInTheSlice(string slice, string code, bool fires)
    {
        RuleDefinition rule = TestPacks.Rule("R-SEX-SLICE", "sex_restricted_item") with { KnowledgeCodes = [slice] };
        CompiledPack pack = TestPacks.Compile([rule], [TestPacks.Entry("K1", "女用药", """{"sex":"F"}""", WesternDrug, PatentMedicine)]);

        var flags = pack.CreateScorer().Score(new SettlementBuilder().WithLine("1", code).Build());

        Assert.Equal(fires, flags.Count == 1);
    }

    [Fact]
    public void Compile_SliceThatLeavesNoEntry_CompilesARuleThatNeverFires()
    {
        RuleDefinition rule = TestPacks.Rule("R-EMPTY", "sex_restricted_item") with { KnowledgeCodes = ["T*"] };
        CompiledPack pack = TestPacks.Compile([rule], [TestPacks.Entry("K1", "女用药", """{"sex":"F"}""", WesternDrug)]);

        Assert.Empty(pack.Rules[0].Entries);
    }
}
