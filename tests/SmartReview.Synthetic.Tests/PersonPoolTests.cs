using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Tests;

public sealed class PersonPoolTests
{
    private static readonly DateOnly Start = new(2024, 1, 1);

    [Fact]
    public void RandomNewborn_DayOfTheYear_IsBornInTheMonthBefore()
    {
        // Arrange
        var pool = new PersonPool(20000, 11, Start, [], newbornDays: 366);
        var rng = new Random(3);

        // Act
        for (int day = Start.DayNumber; day < Start.DayNumber + 366; day += 5)
        {
            int born = pool.Describe(pool.RandomNewborn(rng, day)).BirthDate.DayNumber;

            // Assert
            Assert.InRange(born, day - 30, day - 1);
        }
    }

    [Theory]
    [InlineData(-60)]
    [InlineData(366 + 60)]
    public void RandomNewborn_DayWithNoBirthInTheMonthBefore_IsStillANewborn(int offset)
    {
        // Arrange
        var pool = new PersonPool(20000, 11, Start, [], newbornDays: 366);

        // Act
        int index = pool.RandomNewborn(new Random(3), Start.DayNumber + offset);

        // Assert
        Assert.InRange(index, 0, pool.Newborns - 1);
    }
}
