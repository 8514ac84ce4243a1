using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Planting;
using SmartReview.Synthetic.Tests.Support;

namespace SmartReview.Synthetic.Tests;

public sealed class PlantUnitsTests
{
    private static readonly int Day = new DateOnly(2024, 6, 1).DayNumber;
    private static readonly Person Neonate = new("P0000000001", Sex.Female, new DateOnly(2024, 5, 20));
    private static readonly Person Adult = new("P0000000002", Sex.Female, new DateOnly(1980, 5, 20));

    [Fact]
    public void Suit_PairWhoseContainingItemIsForNeonates_SuitsOnlyANeonate()
    {
        // Arrange
        (PlantUnits units, PlanterSet planters) = Build();
        RulePlanter pair = Rule(planters, "CF-PAIR-NEONATE");

        // Act
        bool neonate = units.Suit(pair, Neonate, Day, Day + 3);
        bool adult = units.Suit(pair, Adult, Day, Day + 3);

        // Assert
        Assert.True(neonate);
        Assert.False(adult);
    }

    [Fact]
    public void Suit_RuleOfSingleItems_SuitsAnyoneOneItemSuits()
    {
        // Arrange
        (PlantUnits units, PlanterSet planters) = Build();

        // Act
        bool adult = units.Suit(Rule(planters, "CF-QUANTITY"), Adult, Day, Day + 3);

        // Assert
        Assert.True(adult);
    }

    [Fact]
    public void Settings_PairWhoseSidesShareNoCareSetting_LeavesTheSettingOpen()
    {
        // Arrange
        (PlantUnits units, PlanterSet planters) = Build();

        // Act
        IReadOnlyList<CareSetting>? settings = units.Settings(Rule(planters, "CF-PAIR-SETTING"));

        // Assert: one side alone would allow inpatient, the other outpatient or internet care.
        Assert.Null(settings);
    }

    private static (PlantUnits, PlanterSet) Build()
    {
        CompiledPack pack = Packs.Get(Packs.Conflict);
        var planters = new PlanterSet(pack);
        return (new PlantUnits(planters, new ItemCatalogue(pack, planters.Patterns)), planters);
    }

    private static RulePlanter Rule(PlanterSet planters, string id) => planters.All.Single(p => p.Definition.Id == id);
}
