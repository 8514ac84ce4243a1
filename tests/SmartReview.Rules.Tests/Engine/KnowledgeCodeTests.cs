using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>Knowledge codes and prefixes ("XA10*") as the scorer sees them, through a compiled pack.</summary>
public sealed class KnowledgeCodeTests
{
    [Theory]
    [InlineData("XL02*", true)]
    [InlineData("XL02BBA326*", true)]
    [InlineData("XL02BBA326A001010102180", true)]
    [InlineData("XL02BBA326A001010102181", false)]
    [InlineData("XL02BBA327*", false)]
    [InlineData("XL02BBA326A001010102180*", true)]
    public void Score_KnowledgeCodeOrPrefix_FlagsTheLinesItCovers(string pattern, bool fires)
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R1", "sex_restricted_item"),
            TestPacks.Entry("K1", "阿帕他胺片", """{"sex":"M"}""", pattern));
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build();

        // Act
        IReadOnlyList<Flag> flags = pack.CreateScorer().Score(s);

        // Assert
        Assert.Equal(fires ? 1 : 0, flags.Count);
    }

    [Fact]
    public void Score_EntryListingACodeAndItsPrefix_CountsTheLineOnce()
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R1", "sex_restricted_item"),
            TestPacks.Entry("K1", "阿帕他胺片", """{"sex":"M"}""", "XL02BBA326*", Codes.Apalutamide));
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide, quantity: 2, unitPrice: 30.50m).Build();

        // Act
        Flag flag = Assert.Single(pack.CreateScorer().Score(s));

        // Assert
        Assert.Equal(["L1"], flag.LineIds);
        Assert.Equal(61.00m, flag.Amount);
    }

    [Fact]
    public void Score_QuantityEntryListingACodeAndItsPrefix_CountsTheQuantityOnce()
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R1", "quantity_limit", parameters: """{"window":"day"}"""),
            TestPacks.Entry("K1", "普通病房床位费", """{"max_quantity":1}""", "0011010000*", Codes.BedDay));
        Settlement s = new SettlementBuilder().WithLine("L1", Codes.BedDay).Build();

        // Act
        IReadOnlyList<Flag> flags = pack.CreateScorer().Score(s);

        // Assert
        Assert.Empty(flags);
    }

    [Fact]
    public void Score_TwoEntriesCoveringOneCode_FlagsOncePerEntryWithDistinctIds()
    {
        // Arrange
        CompiledPack pack = TestPacks.Compile(TestPacks.Rule("R1", "sex_restricted_item"),
            TestPacks.Entry("K1", "前列腺用药", """{"sex":"M"}""", "XL02*"),
            TestPacks.Entry("K2", "阿帕他胺片", """{"sex":"M"}""", Codes.Apalutamide));
        Settlement s = new SettlementBuilder().WithSex(Sex.Female).WithLine("L1", Codes.Apalutamide).Build();

        // Act
        IReadOnlyList<Flag> flags = pack.CreateScorer().Score(s);

        // Assert
        Assert.Equal(["K1", "K2"], flags.Select(f => f.KnowledgeId).Order());
        Assert.All(flags, f => Assert.Equal(["L1"], f.LineIds));
        Assert.NotEqual(flags[0].Id, flags[1].Id);
    }
}
