using System.Text;

namespace SmartReview.Review.Tests.Outcomes;

public sealed class SanctionRulesLoadTests
{
    private static SanctionRules Load(string json) => SanctionRules.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)));

    [Fact]
    public void National_TheRegulationOf2021_ThreeBasesAndSixToTwelveMonths()
    {
        // Act
        SanctionRules rules = SanctionRules.National;

        // Assert
        Assert.Equal(
            new[] { ("art38", PenaltyScale.MultipleOfLoss, 1m, 2m), ("art40", PenaltyScale.MultipleOfLoss, 2m, 5m), ("art39", PenaltyScale.Fixed, 10_000m, 50_000m) },
            rules.Bases.Select(b => (b.Code, b.Scale, b.Min, b.Max)));
        Assert.Equal((6, 12), (rules.MinSuspensionMonths, rules.MaxSuspensionMonths));
    }

    [Theory]
    [InlineData("""{"penalties":[],"departmentSuspensionMonths":{"min":6,"max":12}}""", "penalties")]
    [InlineData("""{"penalties":[{"code":"a","nameZh":"甲","nameEn":"A","scale":"Fixed","min":2,"max":1}],"departmentSuspensionMonths":{"min":6,"max":12}}""", "above max")]
    [InlineData("""{"penalties":[{"code":"a","nameZh":"甲","nameEn":"A","scale":"Tenfold","min":1,"max":2}],"departmentSuspensionMonths":{"min":6,"max":12}}""", "scale")]
    [InlineData("""{"penalties":[{"code":"a","nameZh":"甲","nameEn":"A","scale":"Fixed","min":0,"max":2}],"departmentSuspensionMonths":{"min":6,"max":12}}""", "'min'")]
    [InlineData("""{"penalties":[{"code":"a","nameZh":"甲","scale":"Fixed","min":1,"max":2}],"departmentSuspensionMonths":{"min":6,"max":12}}""", "nameEn")]
    [InlineData("""{"penalties":[{"code":"a","nameZh":"甲","nameEn":"A","scale":"Fixed","min":1,"max":2},{"code":"a","nameZh":"乙","nameEn":"B","scale":"Fixed","min":1,"max":2}],"departmentSuspensionMonths":{"min":6,"max":12}}""", "twice")]
    [InlineData("""{"penalties":[{"code":"a","nameZh":"甲","nameEn":"A","scale":"Fixed","min":1,"max":2}],"departmentSuspensionMonths":{"min":7,"max":6}}""", "1 ≤ min ≤ max")]
    [InlineData("not json", "not JSON")]
    public void Load_BadData_ThrowsNamingTheFault(string json, string fault)
    {
        // Act
        InvalidDataException e = Assert.Throws<InvalidDataException>(() => Load(json));

        // Assert
        Assert.Contains(fault, e.Message);
    }
}
