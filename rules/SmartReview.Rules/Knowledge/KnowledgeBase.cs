namespace SmartReview.Rules.Knowledge;

/// <summary>Knowledge entries grouped by set name. A later entry with the same id replaces the earlier one.</summary>
public sealed class KnowledgeBase
{
    private readonly Dictionary<string, List<KnowledgeEntry>> _sets = new(StringComparer.Ordinal);
    private readonly Dictionary<string, KnowledgeEntry> _byId = new(StringComparer.Ordinal);

    public static KnowledgeBase Empty => new([]);

    public KnowledgeBase(IEnumerable<KnowledgeEntry> entries)
    {
        foreach (KnowledgeEntry entry in entries)
        {
            _byId[entry.Id] = entry;
        }

        foreach (KnowledgeEntry entry in _byId.Values)
        {
            if (!_sets.TryGetValue(entry.Set, out List<KnowledgeEntry>? list))
            {
                _sets[entry.Set] = list = [];
            }

            list.Add(entry);
        }
    }

    public IReadOnlyCollection<string> SetNames => _sets.Keys;

    public int Count => _byId.Count;

    public IEnumerable<KnowledgeEntry> Entries => _byId.Values;

    public bool HasSet(string name) => _sets.ContainsKey(name);

    public IReadOnlyList<KnowledgeEntry> Set(string name) => _sets.TryGetValue(name, out List<KnowledgeEntry>? list) ? list : [];

    public KnowledgeEntry? Find(string id) => _byId.GetValueOrDefault(id);
}
