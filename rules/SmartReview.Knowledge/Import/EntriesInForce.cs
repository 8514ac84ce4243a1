namespace SmartReview.Knowledge.Import;

/// <summary>
/// The entries in force while batches are applied in order: a restated point replaces the earlier entry in its slot
/// (so the written files change only where the data did); a withdrawal removes it. Knows which entries of a rule
/// cover a code, to find renamed and absorbed points.
/// </summary>
internal sealed class EntriesInForce
{
    private readonly Dictionary<string, EntryDraft> _current = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _slot = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _owners = new(StringComparer.Ordinal);

    /// <summary>Puts <paramref name="entry"/> in force; returns the entry it replaces, if any.</summary>
    public EntryDraft? Put(EntryDraft entry)
    {
        EntryDraft? previous = Withdraw(entry.Id);
        _current[entry.Id] = entry;
        _slot.TryAdd(entry.Id, _slot.Count);
        foreach (string code in entry.Codes)
        {
            (_owners.TryGetValue(Key(entry.RuleKey, code), out HashSet<string>? ids) ? ids : _owners[Key(entry.RuleKey, code)] = []).Add(entry.Id);
        }

        return previous;
    }

    /// <summary>Takes the entry out of force; returns it, or null when no entry has that id.</summary>
    public EntryDraft? Withdraw(string id)
    {
        if (!_current.Remove(id, out EntryDraft? previous))
        {
            return null;
        }

        foreach (string code in previous.Codes)
        {
            _owners[Key(previous.RuleKey, code)].Remove(id);
        }

        return previous;
    }

    public EntryDraft? Find(string id) => _current.GetValueOrDefault(id);

    /// <summary>Entries of the rule in force that cover at least one of <paramref name="codes"/>, other than <paramref name="exceptId"/>.</summary>
    public IReadOnlyList<EntryDraft> Sharing(string ruleKey, IEnumerable<string> codes, string exceptId) =>
        [.. codes.SelectMany(c => _owners.GetValueOrDefault(Key(ruleKey, c)) ?? []).Distinct().Where(id => id != exceptId).Select(id => _current[id])];

    public IReadOnlyList<EntryDraft> Entries => [.. _current.Values.OrderBy(e => _slot[e.Id])];

    private static string Key(string ruleKey, string code) => ruleKey + "|" + code;
}
