using System.Text;

namespace SmartReview.Review.Tests.Calendar;

public sealed class CalendarLoadTests
{
    private static WorkingCalendar Load(string json) => WorkingCalendar.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void Load_OwnData_UsesItsDaysOffAndMakeUpDays()
    {
        // Act
        WorkingCalendar calendar = Load("""{"years": {"2030": {"off": ["2030-10-01"], "work": ["2030-10-12"]}}}""");

        // Assert
        Assert.False(calendar.IsWorkingDay(new DateOnly(2030, 10, 1)));
        Assert.True(calendar.IsWorkingDay(new DateOnly(2030, 10, 12)));
        Assert.Equal(new[] { 2030 }, calendar.Years);
    }

    [Theory]
    [InlineData("""{}""")]
    [InlineData("""not json""")]
    [InlineData("""{"years": {"20x4": {}}}""")]
    [InlineData("""{"years": {"2024": {"off": "2024-01-01"}}}""")]
    [InlineData("""{"years": {"2024": {"off": ["2024-13-01"]}}}""")]
    [InlineData("""{"years": {"2024": {"off": ["2025-01-01"]}}}""")]
    [InlineData("""{"years": {"2024": {"off": [20240101]}}}""")]
    [InlineData("""{"years": {"2024": {"off": ["2024-10-12"], "work": ["2024-10-12"]}}}""")]
    public void Load_MalformedData_InvalidDataException(string json)
    {
        // Act and Assert
        Assert.Throws<InvalidDataException>(() => Load(json));
    }
}
