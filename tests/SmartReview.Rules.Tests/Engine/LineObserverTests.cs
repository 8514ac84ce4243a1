using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Engine;

/// <summary>The scorer calls each line observer only for the lines of the categories it declares (all when none).</summary>
public sealed class LineObserverTests
{
    private static CompiledPack Pack() => TestPacks.Compile(
    [
        TestPacks.Rule("ALL", "charge_outside_stay", knowledge: null),
        TestPacks.Rule("BED", "bed_days_beyond_stay", knowledge: null),
        TestPacks.Rule("DRUG", "kinds_per_day", knowledge: null, parameters: """{"category":"drug","max_kinds":1}"""),
    ], []);

    [Fact]
    public void ObserversByCategory_FamiliesDeclaringCategories_ListedOnlyUnderThem()
    {
        // Arrange
        CompiledPack pack = Pack();

        // Act
        string[] Observers(ItemCategory c) => [.. pack.ObserversByCategory[(int)c].Select(r => r.Definition.Id)];

        // Assert
        Assert.Equal(["ALL", "BED"], Observers(ItemCategory.Bed));
        Assert.Equal(["ALL", "DRUG"], Observers(ItemCategory.Drug));
        Assert.Equal(["ALL"], Observers(ItemCategory.Lab));
    }

    [Fact]
    public void Score_TwoDrugKindsAmongOtherLines_FlagsOnlyTheDrugLines()
    {
        // Arrange
        Settlement s = new SettlementBuilder()
            .WithLine("L1", Codes.Metformin, category: ItemCategory.Drug)
            .WithLine("L2", Codes.BedDay, category: ItemCategory.Bed)
            .WithLine("L3", Codes.Apalutamide, category: ItemCategory.Drug)
            .Build();

        // Act
        IReadOnlyList<Flag> flags = Pack().CreateScorer().Score(s);

        // Assert
        Flag flag = Assert.Single(flags);
        Assert.Equal("DRUG", flag.RuleId);
        Assert.Equal(["L3"], flag.LineIds);
    }
}
