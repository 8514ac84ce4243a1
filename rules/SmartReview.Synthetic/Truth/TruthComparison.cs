using SmartReview.Rules.Engine;

namespace SmartReview.Synthetic.Truth;

/// <summary>
/// Compares a scorer's flags with the ground truth: a flag matches a planted violation with the same settlement,
/// rule, sorted line ids and related settlement (as multisets). Gives precision and recall per family and per rule,
/// and every miss and every unexpected flag.
/// </summary>
public sealed class TruthComparison
{
    private TruthComparison(IReadOnlyDictionary<string, TruthScore> byFamily, IReadOnlyDictionary<string, TruthScore> byRule,
        TruthScore overall, IReadOnlyList<PlantedViolation> missed, IReadOnlyList<Flag> unexpected)
    {
        ByFamily = byFamily;
        ByRule = byRule;
        Overall = overall;
        Missed = missed;
        Unexpected = unexpected;
    }

    public IReadOnlyDictionary<string, TruthScore> ByFamily { get; }

    public IReadOnlyDictionary<string, TruthScore> ByRule { get; }

    public TruthScore Overall { get; }

    public IReadOnlyList<PlantedViolation> Missed { get; }

    public IReadOnlyList<Flag> Unexpected { get; }

    public bool Perfect => Missed.Count == 0 && Unexpected.Count == 0;

    public static TruthComparison Compare(IEnumerable<PlantedViolation> truth, IEnumerable<Flag> flags)
    {
        var open = new Dictionary<string, List<PlantedViolation>>(StringComparer.Ordinal);
        var expected = new Tally();
        foreach (PlantedViolation v in truth)
        {
            string key = v.Key;
            if (!open.TryGetValue(key, out List<PlantedViolation>? list))
            {
                open[key] = list = [];
            }

            list.Add(v);
            expected.Add(v.Family, v.RuleId);
        }

        var raised = new Tally();
        var matched = new Tally();
        var unexpected = new List<Flag>();
        foreach (Flag f in flags)
        {
            raised.Add(f.Family, f.RuleId);
            string key = TruthKeys.Of(f.SettlementId, f.RuleId, f.LineIds, f.RelatedSettlementId);
            if (open.TryGetValue(key, out List<PlantedViolation>? list) && list.Count > 0)
            {
                list.RemoveAt(list.Count - 1);
                matched.Add(f.Family, f.RuleId);
            }
            else
            {
                unexpected.Add(f);
            }
        }

        List<PlantedViolation> missed = [.. open.Values.SelectMany(l => l)];
        return new TruthComparison(Scores(expected.Families, raised.Families, matched.Families), Scores(expected.Rules, raised.Rules, matched.Rules),
            new TruthScore(expected.Total, raised.Total, matched.Total), missed, unexpected);
    }

    private static SortedDictionary<string, TruthScore> Scores(Dictionary<string, long> expected, Dictionary<string, long> raised, Dictionary<string, long> matched)
    {
        var scores = new SortedDictionary<string, TruthScore>(StringComparer.Ordinal);
        foreach (string key in expected.Keys.Union(raised.Keys))
        {
            scores[key] = new TruthScore(expected.GetValueOrDefault(key), raised.GetValueOrDefault(key), matched.GetValueOrDefault(key));
        }

        return scores;
    }

    private sealed class Tally
    {
        public Dictionary<string, long> Families { get; } = new(StringComparer.Ordinal);

        public Dictionary<string, long> Rules { get; } = new(StringComparer.Ordinal);

        public long Total { get; private set; }

        public void Add(string family, string rule)
        {
            Families[family] = Families.GetValueOrDefault(family) + 1;
            Rules[rule] = Rules.GetValueOrDefault(rule) + 1;
            Total++;
        }
    }
}
