namespace SmartReview.Rules.Indicators;

/// <summary>Figures per facility and month (China discharge month, yyyy-MM), gathered while scoring; partial tallies merge.</summary>
public sealed class IndicatorTally
{
    private readonly Dictionary<(string Facility, string Month), MonthFigures> _figures = [];
    private MonthFigures? _last;
    private string? _lastFacility, _lastMonth;
    private DateOnly _lastDay;

    public IReadOnlyDictionary<(string Facility, string Month), MonthFigures> Figures => _figures;

    public bool IsEmpty => _figures.Count == 0;

    public MonthFigures For(string facility, DateOnly day)
    {
        // The scorer and each indicator rule ask for the same settlement's month in turn: remember the last answer,
        // and the last month's key (a file's settlements mostly come month by month).
        bool sameMonth = day.Year == _lastDay.Year && day.Month == _lastDay.Month;
        if (_last is not null && sameMonth && string.Equals(facility, _lastFacility, StringComparison.Ordinal))
        {
            return _last;
        }

        if (!sameMonth || _lastMonth is null)
        {
            _lastMonth = day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        }

        var key = (facility, _lastMonth);
        if (!_figures.TryGetValue(key, out MonthFigures? figures))
        {
            _figures[key] = figures = new MonthFigures();
        }

        (_last, _lastFacility, _lastDay) = (figures, facility, day);
        return figures;
    }

    /// <summary>Every facility-month as a record to store, in key order.</summary>
    public IReadOnlyList<FacilityMonth> ToRecords(Engine.CompiledPack pack) =>
        [.. _figures.OrderBy(f => f.Key).Select(f => f.Value.ToRecord(f.Key.Facility, f.Key.Month, pack))];

    /// <summary>A tally of stored records (records of one facility-month add up), rule counts mapped onto <paramref name="pack"/>'s rules.</summary>
    public static IndicatorTally FromRecords(IEnumerable<FacilityMonth> records, Engine.CompiledPack pack)
    {
        var tally = new IndicatorTally();
        foreach (FacilityMonth record in records)
        {
            var key = (record.FacilityId, record.Month);
            if (!tally._figures.TryGetValue(key, out MonthFigures? figures))
            {
                tally._figures[key] = figures = new MonthFigures();
            }

            figures.Add(record, pack);
        }

        return tally;
    }

    /// <summary>
    /// Adds <paramref name="other"/>'s figures to this tally: a later batch of the same months updates them. Every
    /// figure is a sum (the level the highest seen), so tallies merged in any order and grouping give the same figures;
    /// <paramref name="other"/> is left as it was and shares nothing with this tally.
    /// </summary>
    public void Merge(IndicatorTally other)
    {
        foreach ((var key, MonthFigures figures) in other._figures)
        {
            if (!_figures.TryGetValue(key, out MonthFigures? mine))
            {
                _figures[key] = mine = new MonthFigures();
            }

            mine.Merge(figures);
        }
    }
}
