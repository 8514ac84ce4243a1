using SmartReview.Benchmarks.Support;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.RulesEngineComparison;

/// <summary>Which settlements each rule hit, by engine, and where the two engines differ.</summary>
internal sealed class Agreement
{
    private readonly Dictionary<string, HashSet<string>> _smartReview = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _rulesEngine = new(StringComparer.Ordinal);

    public void SmartReview(string rule, string settlement) => Hits(_smartReview, rule).Add(settlement);

    public void RulesEngine(string rule, string settlement) => Hits(_rulesEngine, rule).Add(settlement);

    /// <summary>Prints the table and returns the number of (rule, settlement) decisions on which the engines differ.</summary>
    public int Print(IEnumerable<(string Rule, string Family)> rules, int settlements)
    {
        var table = new Table($"Agreement: settlements each rule hit ({N(settlements)} settlements)",
            "rule", "family", "SmartReview", "RulesEngine", "both", "only SmartReview", "only RulesEngine");
        int differ = 0;
        foreach ((string rule, string family) in rules)
        {
            HashSet<string> ours = Hits(_smartReview, rule), theirs = Hits(_rulesEngine, rule);
            int both = ours.Count(theirs.Contains);
            differ += ours.Count + theirs.Count - 2 * both;
            table.Row(rule, family, N(ours.Count), N(theirs.Count), N(both), N(ours.Count - both), N(theirs.Count - both));
        }

        table.Print();
        return differ;
    }

    /// <summary>A few settlements where the engines differ on <paramref name="rule"/>, for the doc's explanation.</summary>
    public IEnumerable<string> Differences(string rule) =>
        Hits(_smartReview, rule).Except(Hits(_rulesEngine, rule)).Concat(Hits(_rulesEngine, rule).Except(Hits(_smartReview, rule)));

    private static HashSet<string> Hits(Dictionary<string, HashSet<string>> by, string rule)
    {
        if (!by.TryGetValue(rule, out HashSet<string>? set))
        {
            by[rule] = set = new HashSet<string>(StringComparer.Ordinal);
        }

        return set;
    }
}
