namespace SmartReview.Rules.Indicators;

/// <summary>
/// One facility's figures for one discharge month as they are stored between runs: the sums of
/// <see cref="MonthFigures"/>, money by item category (by name) and what each indicator rule counted (by rule id, so a
/// new pack version still reads them). Records of separate batches add up (<see cref="Sum"/>) in any order.
/// </summary>
public sealed record FacilityMonth(string FacilityId, string Month, int Level, long Stays, decimal Total, decimal SelfFunded, decimal FundPaid,
    long BedDays, IReadOnlyDictionary<string, decimal> ByCategory, IReadOnlyDictionary<string, decimal> ByRule)
{
    /// <summary>The records of one facility-month added up: sums, and the highest level.</summary>
    public static FacilityMonth Sum(IReadOnlyList<FacilityMonth> records)
    {
        ArgumentOutOfRangeException.ThrowIfZero(records.Count);
        FacilityMonth first = records[0];
        if (records.Any(r => r.FacilityId != first.FacilityId || r.Month != first.Month))
        {
            throw new ArgumentException("records of one facility-month only", nameof(records));
        }

        return new(first.FacilityId, first.Month, records.Max(r => r.Level), records.Sum(r => r.Stays), records.Sum(r => r.Total),
            records.Sum(r => r.SelfFunded), records.Sum(r => r.FundPaid), records.Sum(r => r.BedDays), Add(records.Select(r => r.ByCategory)),
            Add(records.Select(r => r.ByRule)));
    }

    private static Dictionary<string, decimal> Add(IEnumerable<IReadOnlyDictionary<string, decimal>> all)
    {
        var sum = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach ((string key, decimal value) in all.SelectMany(d => d))
        {
            sum[key] = sum.GetValueOrDefault(key) + value;
        }

        return sum;
    }
}
