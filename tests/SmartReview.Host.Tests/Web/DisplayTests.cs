using SmartReview.Host.Web;

namespace SmartReview.Host.Tests.Web;

public sealed class DisplayTests
{
    [Theory]
    [InlineData(0L, "0")]
    [InlineData(999L, "999")]
    [InlineData(89_750L, "89,750")]
    [InlineData(345_600_000L, "345,600,000")]
    public void Count_AnySize_ThousandsSeparated(long n, string shown) => Assert.Equal(shown, Display.Count(n));
}
