using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Settlements;

/// <summary>The validator's line checks, on both sides of their fast paths (small decimals, ids in ascending order).</summary>
public sealed class SettlementValidatorTests
{
    [Theory]
    [InlineData("3", "12.00", "36.01", true)]
    [InlineData("3", "12.00", "35.99", true)]
    [InlineData("3", "12.00", "36.011", false)]
    [InlineData("3", "12.00", "35.98", false)]
    [InlineData("0.5", "3.33", "1.67", true)]
    [InlineData("0.5", "3.33", "1.65", false)]
    [InlineData("0.3333", "3", "1.00", true)]
    [InlineData("1", "0.01", "0.00", true)]
    [InlineData("1", "0.02", "0.00", false)]
    [InlineData("4294967296", "0.01", "42949672.96", true)] // quantity beyond 32 bits: worked out in decimal
    [InlineData("4294967296", "0.01", "42949672.98", false)]
    [InlineData("123456789012", "1000000.01", "123456790246567890.12", true)]
    [InlineData("2", "0.000000000000000001", "0.00", true)] // scales beyond the fast path's powers of ten
    public void Validate_LineAmount_IsQuantityTimesUnitPriceWithinAFen(string quantity, string price, string amount, bool ok)
    {
        // Arrange
        Settlement settlement = WithLines(Line("0001", 1m, 5m, 5m), Line("0002", Dec(quantity), Dec(price), Dec(amount)));

        // Act
        RecordError? error = SettlementValidator.Validate(settlement);

        // Assert
        Assert.Equal(ok ? null : "lines[1].amount", error?.Field);
    }

    [Theory]
    [InlineData(new[] { "0001", "0002", "0003" }, null)]
    [InlineData(new[] { "0003", "0002", "0001" }, null)]
    [InlineData(new[] { "0001", "0001", "0002" }, "lines[1].line_id")]
    [InlineData(new[] { "0002", "0001", "0003", "0002" }, "lines[3].line_id")]
    [InlineData(new[] { "A", "B", "A" }, "lines[2].line_id")]
    public void Validate_LineIds_MustBeDistinctInAnyOrder(string[] ids, string? field)
    {
        // Arrange
        Settlement settlement = WithLines([.. ids.Select(id => Line(id, 1m, 5m, 5m))]);

        // Act
        RecordError? error = SettlementValidator.Validate(settlement);

        // Assert
        Assert.Equal(field, error?.Field);
        if (field is not null)
        {
            Assert.Contains("duplicate line id", error!.Reason, StringComparison.Ordinal);
        }
    }

    private static decimal Dec(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);

    private static LineItem Line(string id, decimal quantity, decimal price, decimal amount) =>
        new SettlementBuilder().WithLine(id, "001102000010000").BuildUnchecked().Lines[0] with { Quantity = quantity, UnitPrice = price, Amount = amount };

    private static Settlement WithLines(params LineItem[] lines)
    {
        decimal total = lines.Sum(l => l.Amount);
        return new SettlementBuilder().WithLine("0001", "001102000010000").Build() with { Lines = lines, Totals = new Totals(total, total, 0, 0) };
    }
}
