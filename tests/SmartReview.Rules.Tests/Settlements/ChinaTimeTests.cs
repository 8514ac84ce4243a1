using SmartReview.Kernel;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Settlements;

/// <summary>China dates of UTC instants: the day turns at 16:00 UTC.</summary>
public sealed class ChinaTimeTests
{
    [Theory]
    [InlineData("2024-02-29T15:59:59.9999999", "2024-02-29")]
    [InlineData("2024-02-29T16:00:00", "2024-03-01")]
    [InlineData("2024-12-31T16:00:00", "2025-01-01")]
    [InlineData("0001-01-01T00:00:00", "0001-01-01")]
    [InlineData("9999-12-31T15:59:59", "9999-12-31")]
    public void Date_UtcInstant_IsTheChinaCalendarDate(string utc, string china)
    {
        // Arrange
        DateTime instant = DateTime.SpecifyKind(DateTime.Parse(utc, System.Globalization.CultureInfo.InvariantCulture), DateTimeKind.Utc);

        // Act
        DateOnly date = ChinaTime.Date(instant);

        // Assert
        Assert.Equal(DateOnly.Parse(china, System.Globalization.CultureInfo.InvariantCulture), date);
        Assert.Equal(DateOnly.FromDateTime(ChinaTime.Local(instant).DateTime), date);
    }
}
