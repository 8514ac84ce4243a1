using SmartReview.Rules.Engine;

namespace SmartReview.Rules.Indicators;

/// <summary>Judges every facility-month of a tally against the pack's indicator rules.</summary>
public static class IndicatorReport
{
    public static IReadOnlyList<FacilityFlag> Evaluate(CompiledPack pack, IndicatorTally tally)
    {
        var flags = new List<FacilityFlag>();
        foreach (IIndicatorRule rule in pack.Rules.OfType<IIndicatorRule>())
        {
            foreach (((string facility, string month), MonthFigures figures) in tally.Figures.OrderBy(f => f.Key))
            {
                if (rule.Judge(facility, month, figures, pack.Label) is { } flag)
                {
                    flags.Add(flag);
                }
            }
        }

        return flags;
    }

    /// <summary>Every indicator rule's reading of one facility-month of <paramref name="tally"/>, above its threshold or not.</summary>
    public static IReadOnlyList<FacilityFlag> Read(CompiledPack pack, IndicatorTally tally, string facility, string month) =>
        tally.Figures.TryGetValue((facility, month), out MonthFigures? figures)
            ? [.. pack.Rules.OfType<IIndicatorRule>().Select(r => r.Read(facility, month, figures, pack.Label)).OfType<FacilityFlag>()]
            : [];
}
