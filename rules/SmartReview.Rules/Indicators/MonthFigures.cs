using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Indicators;

/// <summary>
/// One facility's figures for one month of discharges: stays, bed-days, money (in all, self-funded, by category) and
/// per-indicator counts. Every figure is a sum, so figures merge in any order to the same result.
/// </summary>
public sealed class MonthFigures
{
    private readonly decimal[] _byCategory = new decimal[Enum.GetValues<ItemCategory>().Length];
    private readonly Dictionary<int, decimal> _byRule = [];

    public int Level { get; private set; }
    public long Stays { get; private set; }
    public decimal Total { get; private set; }

    /// <summary>自费: the money of the month's stays the fund does not cover (<c>totals.self_funded</c>).</summary>
    public decimal SelfFunded { get; private set; }

    /// <summary>What the fund paid of the month's stays (<c>totals.fund_paid</c>): the fund's share of money at stake.</summary>
    public decimal FundPaid { get; private set; }

    /// <summary>The stays' lengths in days as insurers count them (<see cref="Settlement.LengthOfStay"/>), added up.</summary>
    public long BedDays { get; private set; }

    /// <summary>What indicator rule <paramref name="rule"/> counted: money of its codes, stays with its diagnoses, readmissions.</summary>
    public decimal ForRule(int rule) => _byRule.GetValueOrDefault(rule);

    public decimal In(ItemCategory category) => _byCategory[(int)category];

    internal void AddStay(int level, Totals totals, int lengthOfStay, ReadOnlySpan<decimal> byCategory)
    {
        Level = Math.Max(Level, level);
        Stays++;
        Total += totals.Total;
        SelfFunded += totals.SelfFunded;
        FundPaid += totals.FundPaid;
        BedDays += lengthOfStay;
        for (int i = 0; i < _byCategory.Length; i++)
        {
            _byCategory[i] += byCategory[i];
        }
    }

    internal void AddForRule(int rule, decimal value) => _byRule[rule] = _byRule.GetValueOrDefault(rule) + value;

    /// <summary>These figures in a form that can be stored (<see cref="FacilityMonth"/>), rule counts keyed by rule id.</summary>
    public FacilityMonth ToRecord(string facility, string month, CompiledPack pack) =>
        new(facility, month, Level, Stays, Total, SelfFunded, FundPaid, BedDays,
            Enum.GetValues<ItemCategory>().Where(c => In(c) != 0).ToDictionary(c => c.ToString(), In),
            _byRule.Where(r => r.Value != 0).ToDictionary(r => pack.Rules[r.Key].Definition.Id, r => r.Value));

    /// <summary>Adds a stored record's figures; rule counts of rules <paramref name="pack"/> does not hold are dropped.</summary>
    internal void Add(FacilityMonth record, CompiledPack pack)
    {
        Level = Math.Max(Level, record.Level);
        Stays += record.Stays;
        Total += record.Total;
        SelfFunded += record.SelfFunded;
        FundPaid += record.FundPaid;
        BedDays += record.BedDays;
        foreach ((string category, decimal amount) in record.ByCategory)
        {
            if (Enum.TryParse(category, out ItemCategory c))
            {
                _byCategory[(int)c] += amount;
            }
        }

        foreach ((string ruleId, decimal value) in record.ByRule)
        {
            if (pack.Find(ruleId) is { } rule)
            {
                AddForRule(rule.Index, value);
            }
        }
    }

    internal void Merge(MonthFigures other)
    {
        Level = Math.Max(Level, other.Level);
        Stays += other.Stays;
        Total += other.Total;
        SelfFunded += other.SelfFunded;
        FundPaid += other.FundPaid;
        BedDays += other.BedDays;
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
