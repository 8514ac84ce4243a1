using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// The lines beyond a limit, as the engine counts them: in charge order (then line order), the first lines use up
/// the limit and every line with a part beyond it is excess.
/// </summary>
internal static class ExcessLines
{
    /// <summary>The excess lines of <paramref name="window"/> (sorted in place), or null when the window is within <paramref name="limit"/>.</summary>
    public static List<int>? Over(StayDraft d, List<int> window, decimal limit, Func<DraftLine, decimal> size)
    {
        decimal total = 0;
        foreach (int i in window)
        {
            total += size(d.Lines[i]);
        }

        if (total <= limit)
        {
            return null;
        }

        window.Sort((a, b) => d.Lines[a].ChargedAt != d.Lines[b].ChargedAt ? d.Lines[a].ChargedAt.CompareTo(d.Lines[b].ChargedAt) : a.CompareTo(b));
        decimal left = limit;
        var excess = new List<int>();
        foreach (int i in window)
        {
            decimal within = Math.Min(left, size(d.Lines[i]));
            left -= within;
            if (size(d.Lines[i]) > within)
            {
                excess.Add(i);
            }
        }

        return excess;
    }
}
