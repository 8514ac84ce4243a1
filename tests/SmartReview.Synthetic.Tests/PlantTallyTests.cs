using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Tests;

public sealed class PlantTallyTests
{
    [Fact]
    public void Compound_RefusedEnoughTimesAndNeverPlanted_IsTrue()
    {
        // Arrange
        var tally = new PlantTally(2);

        // Act
        for (int i = 0; i < PlantTally.CompoundAfter; i++)
        {
            Assert.False(tally.Compound(1));
            tally.Failed(1, refused: true);
        }

        // Assert
        Assert.True(tally.Compound(1));
        Assert.False(tally.Compound(0));
    }

    [Fact]
    public void Compound_PlantedOnceBeforeTheRefusals_StaysFalse()
    {
        // Arrange
        var tally = new PlantTally(1);
        tally.Planted(0);

        // Act
        for (int i = 0; i < 3 * PlantTally.CompoundAfter; i++)
        {
            tally.Failed(0, refused: true);
        }

        // Assert
        Assert.False(tally.Compound(0));
    }

    [Fact]
    public void Compound_FailuresOfStaysThatDidNotSuitTheRule_DoNotCount()
    {
        // Arrange
        var tally = new PlantTally(1);

        // Act
        for (int i = 0; i < 3 * PlantTally.CompoundAfter; i++)
        {
            tally.Failed(0, refused: false);
        }

        // Assert
        Assert.False(tally.Compound(0));
    }

    [Fact]
    public void Rank_PlantsAndFailures_CountsAFailureAsAQuarterOfAPlant()
    {
        // Arrange
        var tally = new PlantTally(2);

        // Act
        tally.Planted(0);
        for (int i = 0; i < 3; i++)
        {
            tally.Failed(1, refused: false);
        }

        // Assert
        Assert.True(tally.Rank(1) < tally.Rank(0));
        tally.Failed(1, refused: true);
        tally.Failed(1, refused: true);
        Assert.True(tally.Rank(1) > tally.Rank(0));
    }
}
