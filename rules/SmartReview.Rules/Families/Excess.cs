using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Splits lines, in the order given, into what fits under a limit and the excess: the first lines use up the limit,
/// a line that straddles it contributes only its excess part. Measured in quantity (money = excess × unit price)
/// or in money.
/// </summary>
internal static class Excess
{
    public static (List<int> Lines, decimal Amount) Over(IReadOnlyList<LineItem> lines, IEnumerable<int> ordered, decimal limit, bool inMoney)
    {
        var excess = new List<int>();
        decimal left = limit, amount = 0;
        foreach (int i in ordered)
        {
            LineItem line = lines[i];
            decimal size = inMoney ? line.Amount : line.Quantity;
            decimal within = Math.Min(left, size);
            left -= within;
            if (size > within)
            {
                excess.Add(i);
                amount += inMoney ? size - within : (size - within) * line.UnitPrice;
            }
        }

        return (excess, amount);
    }
}
