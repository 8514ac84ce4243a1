using System.Text;
using SmartReview.Review.Points;

namespace SmartReview.Review.Tests.Points;

public sealed class PointsScaleTests
{
    [Fact]
    public void National_OurDefaults()
    {
        PointsScale s = PointsScale.National;

        Assert.Equal((9, 12), (s.SuspendAt, s.TerminateAt));
        Assert.Equal(new PointsRange(1, 3), s.For(Responsibility.General));
        Assert.Equal(new PointsRange(4, 6), s.For(Responsibility.Important));
        Assert.Equal(new PointsRange(7, 9), s.For(Responsibility.Main));
    }

    [Fact]
    public void Load_AProvincesScale_Used()
    {
        PointsScale s = Load("""{"suspendAt": 6, "terminateAt": 10, "degrees": {"General": {"min": 1, "max": 2}, "Important": {"min": 3, "max": 4}, "Main": {"min": 5, "max": 10}}}""");

        Assert.Equal((6, 10, new PointsRange(5, 10)), (s.SuspendAt, s.TerminateAt, s.For(Responsibility.Main)));
    }

    [Theory]
    [InlineData("""{"suspendAt": 13, "terminateAt": 12, "degrees": {"General": {"min": 1, "max": 3}, "Important": {"min": 4, "max": 6}, "Main": {"min": 7, "max": 9}}}""")]
    [InlineData("""{"suspendAt": 9, "terminateAt": 12, "degrees": {"General": {"min": 3, "max": 1}, "Important": {"min": 4, "max": 6}, "Main": {"min": 7, "max": 9}}}""")]
    [InlineData("""{"suspendAt": 9, "terminateAt": 12, "degrees": {"General": {"min": 1, "max": 3}, "Important": {"min": 4, "max": 6}}}""")]
    [InlineData("""{"suspendAt": 9, "degrees": {}}""")]
    [InlineData("not json")]
    public void Load_Malformed_Throws(string json) => Assert.Throws<InvalidDataException>(() => Load(json));

    private static PointsScale Load(string json) => PointsScale.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));
}
