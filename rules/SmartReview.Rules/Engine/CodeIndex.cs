namespace SmartReview.Rules.Engine;

/// <summary>
/// Maps a line's item code to the (rule, entry, role) targets that want it. Exact codes and prefixes (a trailing *)
/// are kept in one dictionary per prefix length; a lookup tries only the lengths that exist.
/// </summary>
public sealed class CodeIndex
{
    private readonly int[] _lengths;
    private readonly Dictionary<string, Hit[]>.AlternateLookup<ReadOnlySpan<char>>[] _byLength;

    public CodeIndex(IEnumerable<(string Code, Hit Target)> entries)
    {
        var groups = new SortedDictionary<int, Dictionary<string, List<Hit>>>();
        foreach ((string code, Hit target) in entries)
        {
            string key = code.EndsWith('*') ? code[..^1] : code;
            if (!groups.TryGetValue(key.Length, out Dictionary<string, List<Hit>>? map))
            {
                groups[key.Length] = map = new Dictionary<string, List<Hit>>(StringComparer.Ordinal);
            }

            if (!map.TryGetValue(key, out List<Hit>? list))
            {
                map[key] = list = [];
            }

            list.Add(target);
        }

        _lengths = [.. groups.Keys];
        _byLength = [.. groups.Values.Select(m => m.ToDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>())];
        CodeCount = groups.Values.Sum(m => m.Count);
    }

    public int CodeCount { get; }

    /// <summary>All targets for <paramref name="code"/>, exact and by prefix.</summary>
    public Hit[] Lookup(string code)
    {
        Hit[]? single = null;
        List<Hit>? many = null;
        for (int i = 0; i < _lengths.Length && _lengths[i] <= code.Length; i++)
        {
            if (_byLength[i].TryGetValue(code.AsSpan(0, _lengths[i]), out Hit[]? found))
            {
                if (single is null) { single = found; }
                else { (many ??= [.. single]).AddRange(found); }
            }
        }

        return many is not null ? [.. many] : single ?? [];
    }
}
