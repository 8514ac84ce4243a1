using SmartReview.Benchmarks.Support;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Throughput;

/// <summary>
/// Scoring time by family: each family's rules alone in a pack, against a pack with no rules (the fixed cost per
/// settlement). By family rather than by rule so that a pack of hundreds of rules is timed in a few dozen passes.
/// </summary>
internal static class RuleCosts
{
    public static void Print(CompiledPack pack, Settlement[] parsed)
    {
        RulePack source = pack.Source;
        Stage empty = Time("(no rules: the pass over the lines)", source with { Rules = [] }, parsed);
        var table = new Table($"Scoring cost by family ({N(parsed.Length)} settlements, one thread)", "family", "rules", "µs/settlement",
            "above no rules", "KB allocated/settlement", "flags");
        table.Row(empty.Name, "", N(empty.MicrosecondsEach, 2), "", N(empty.KilobytesEach, 2), "");
        foreach (IGrouping<string, RuleDefinition> family in source.Rules.GroupBy(r => r.Family).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            int flags = 0;
            Stage alone = Time(family.Key, source with { Rules = [.. family] }, parsed, count => flags = count);
            table.Row(family.Key, N(family.Count()), N(alone.MicrosecondsEach, 2), N(alone.MicrosecondsEach - empty.MicrosecondsEach, 2),
                N(alone.KilobytesEach, 2), N(flags));
        }

        table.Print();
    }

    private static Stage Time(string name, RulePack pack, Settlement[] parsed, Action<int>? flags = null)
    {
        CompiledPack compiled = PackCompiler.Compile(pack);
        return Stage.Time(name, parsed.Length, () =>
        {
            Scorer scorer = compiled.CreateScorer(new InMemoryStayHistory());
            int count = 0;
            foreach (Settlement s in parsed)
            {
                count += scorer.Score(s).Count;
            }

            flags?.Invoke(count);
        });
    }
}
