using SmartReview.Rules.Knowledge;

namespace SmartReview.Rules.Packs;

/// <summary>What changed between two versions of a pack: rules added, removed and changed (field by field), and knowledge.</summary>
public sealed record PackDiff(
    IReadOnlyList<RuleDefinition> Added,
    IReadOnlyList<RuleDefinition> Removed,
    IReadOnlyList<RuleChange> Changed,
    IReadOnlyList<string> KnowledgeAdded,
    IReadOnlyList<string> KnowledgeRemoved,
    IReadOnlyList<string> KnowledgeChanged)
{
    public bool IsEmpty => Added.Count + Removed.Count + Changed.Count + KnowledgeAdded.Count + KnowledgeRemoved.Count + KnowledgeChanged.Count == 0;

    public static PackDiff Between(RulePack before, RulePack after)
    {
        Dictionary<string, RuleDefinition> old = before.Rules.ToDictionary(r => r.Id), now = after.Rules.ToDictionary(r => r.Id);
        RuleChange[] changed = [.. now.Values.Where(r => old.ContainsKey(r.Id)).Select(r => RuleChange.Between(old[r.Id], r)).Where(c => c.Fields.Count > 0)];
        Dictionary<string, KnowledgeEntry> oldK = before.Knowledge.Entries.ToDictionary(e => e.Id), nowK = after.Knowledge.Entries.ToDictionary(e => e.Id);
        return new PackDiff(
            [.. now.Values.Where(r => !old.ContainsKey(r.Id))],
            [.. old.Values.Where(r => !now.ContainsKey(r.Id))],
            changed,
            [.. nowK.Keys.Where(k => !oldK.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. oldK.Keys.Where(k => !nowK.ContainsKey(k)).Order(StringComparer.Ordinal)],
            [.. nowK.Keys.Where(k => oldK.ContainsKey(k) && !SameEntry(oldK[k], nowK[k])).Order(StringComparer.Ordinal)]);
    }

    private static bool SameEntry(KnowledgeEntry a, KnowledgeEntry b) =>
        a.Set == b.Set && a.ItemName == b.ItemName && a.Text == b.Text && a.Codes.SequenceEqual(b.Codes)
        && RuleChange.Json(a.Attributes) == RuleChange.Json(b.Attributes);
}
