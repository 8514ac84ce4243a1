namespace SmartReview.Rules.Engine;

/// <summary>
/// Maps a line's item code to the (rule, entry, role) targets that want it. Exact codes sit in one dictionary and
/// match only the whole code; prefixes (a trailing *) are kept in one dictionary per prefix length, and a lookup
/// tries only the lengths that exist. A target reachable through several patterns (an entry listing a prefix and one
/// of its codes) is returned once.
/// </summary>
public sealed class CodeIndex
{
    private readonly Dictionary<string, Hit[]> _exact;
    private readonly int[] _lengths;
    private readonly Dictionary<string, Hit[]>.AlternateLookup<ReadOnlySpan<char>>[] _byLength;

    public CodeIndex(IEnumerable<(string Code, Hit Target)> entries)
    {
        var exact = new Dictionary<string, List<Hit>>(StringComparer.Ordinal);
        var prefixes = new SortedDictionary<int, Dictionary<string, List<Hit>>>();
        foreach ((string code, Hit target) in entries)
        {
            Dictionary<string, List<Hit>> map = exact;
            string key = code;
            if (code.EndsWith('*'))
            {
                key = code[..^1];
                if (!prefixes.TryGetValue(key.Length, out map!))
                {
                    prefixes[key.Length] = map = new Dictionary<string, List<Hit>>(StringComparer.Ordinal);
                }
            }

            if (!map.TryGetValue(key, out List<Hit>? list))
            {
                map[key] = list = [];
            }

            list.Add(target);
        }

        _exact = Freeze(exact);
        _lengths = [.. prefixes.Keys];
        _byLength = [.. prefixes.Values.Select(m => Freeze(m).GetAlternateLookup<ReadOnlySpan<char>>())];
        CodeCount = exact.Count + prefixes.Values.Sum(m => m.Count);
    }

    /// <summary>Distinct exact codes plus distinct prefixes.</summary>
    public int CodeCount { get; }

    /// <summary>All targets for <paramref name="code"/>, exact and by prefix, each once.</summary>
    public Hit[] Lookup(string code)
    {
        Hit[]? single = _exact.GetValueOrDefault(code);
        List<Hit>? many = null;
        for (int i = 0; i < _lengths.Length && _lengths[i] <= code.Length; i++)
        {
            if (_byLength[i].TryGetValue(code.AsSpan(0, _lengths[i]), out Hit[]? found))
            {
                if (single is null) { single = found; }
                else { (many ??= [.. single]).AddRange(found); }
            }
        }

        return many is not null ? [.. many.Distinct()] : single ?? [];
    }

    private static Dictionary<string, Hit[]> Freeze(Dictionary<string, List<Hit>> map) =>
        map.ToDictionary(p => p.Key, p => p.Value.Distinct().ToArray(), StringComparer.Ordinal);
}
