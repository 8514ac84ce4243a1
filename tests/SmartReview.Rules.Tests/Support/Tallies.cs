using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Tests.Support;

/// <summary>Facility-month tallies and flags of settlements scored by one scorer, in order.</summary>
internal static class Tallies
{
    /// <summary>The tally of <paramref name="settlements"/>, scored on <paramref name="history"/> (a new one when not given).</summary>
    public static IndicatorTally Of(CompiledPack pack, IEnumerable<Settlement> settlements, IStayHistory? history = null)
    {
        Scorer scorer = pack.CreateScorer(history ?? new InMemoryStayHistory());
        foreach (Settlement s in settlements)
        {
            scorer.Score(s);
        }

        return scorer.TakeIndicators();
    }

    /// <summary>The facility-month flags of <paramref name="settlements"/>: their tally judged against the pack.</summary>
    public static IReadOnlyList<FacilityFlag> Judge(CompiledPack pack, IEnumerable<Settlement> settlements) =>
        IndicatorReport.Evaluate(pack, Of(pack, settlements));
}
