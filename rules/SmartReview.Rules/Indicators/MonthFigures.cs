using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Indicators;

/// <summary>One facility's figures for one month of discharges: stays, money by category, and per-indicator counts.</summary>
public sealed class MonthFigures
{
    private readonly decimal[] _byCategory = new decimal[Enum.GetValues<ItemCategory>().Length];
    private readonly Dictionary<int, decimal> _byRule = [];

    public int Level { get; private set; }
    public long Stays { get; private set; }
    public decimal Total { get; private set; }

    /// <summary>What indicator rule <paramref name="rule"/> counted: money of its codes, stays with its diagnoses, readmissions.</summary>
    public decimal ForRule(int rule) => _byRule.GetValueOrDefault(rule);

    public decimal In(ItemCategory category) => _byCategory[(int)category];

    internal void AddStay(int level, decimal total, ReadOnlySpan<decimal> byCategory)
    {
        Level = level;
        Stays++;
        Total += total;
        for (int i = 0; i < _byCategory.Length; i++)
        {
            _byCategory[i] += byCategory[i];
        }
    }

    internal void AddForRule(int rule, decimal value) => _byRule[rule] = _byRule.GetValueOrDefault(rule) + value;

    internal void Merge(MonthFigures other)
    {
        Level = Math.Max(Level, other.Level);
        Stays += other.Stays;
        Total += other.Total;
        for (int i = 0; i < _byCategory.Length; i++)
        {
            _byCategory[i] += other._byCategory[i];
        }

        foreach ((int rule, decimal value) in other._byRule)
        {
            AddForRule(rule, value);
        }
    }
}
