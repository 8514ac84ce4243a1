namespace SmartReview.Rules.Indicators;

/// <summary>Figures per facility and month (China discharge month, yyyy-MM), gathered while scoring; partial tallies merge.</summary>
public sealed class IndicatorTally
{
    private readonly Dictionary<(string Facility, string Month), MonthFigures> _figures = [];

    public IReadOnlyDictionary<(string Facility, string Month), MonthFigures> Figures => _figures;

    public bool IsEmpty => _figures.Count == 0;

    public MonthFigures For(string facility, DateOnly day)
    {
        var key = (facility, day.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
        if (!_figures.TryGetValue(key, out MonthFigures? figures))
        {
            _figures[key] = figures = new MonthFigures();
        }

        return figures;
    }

    public void Merge(IndicatorTally other)
    {
        foreach ((var key, MonthFigures figures) in other._figures)
        {
            if (_figures.TryGetValue(key, out MonthFigures? mine)) { mine.Merge(figures); }
            else { _figures[key] = figures; }
        }
    }
}
