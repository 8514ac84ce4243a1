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
}
