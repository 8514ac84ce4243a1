namespace SmartReview.Synthetic.Catalogue;

/// <summary>
/// Which rule entries cover an item code, as the knowledge defines it: an exact code covers only itself, a prefix
/// (trailing *) every code that starts with it; an entry reached through several patterns covers the code once.
/// Also tells when a code sits under a shorter exact code, which the generator avoids (readers have disagreed on
/// whether an exact code also acts as a prefix).
/// </summary>
internal sealed class CoverageIndex
{
    private readonly Dictionary<string, List<CoverageHit>> _exact = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, Dictionary<string, List<CoverageHit>>> _prefixes = [];
    private readonly SortedSet<int> _exactLengths = [];

    public CoverageIndex(IEnumerable<CoveragePattern> patterns)
    {
        foreach (CoveragePattern p in patterns)
        {
            string key = p.Key;
            if (key.Length == 0)
            {
                continue;
            }

            Dictionary<string, List<CoverageHit>> map = _exact;
            if (p.IsPrefix && !_prefixes.TryGetValue(key.Length, out map!))
            {
                _prefixes[key.Length] = map = new Dictionary<string, List<CoverageHit>>(StringComparer.Ordinal);
            }

            if (!p.IsPrefix)
            {
                _exactLengths.Add(key.Length);
            }

            if (!map.TryGetValue(key, out List<CoverageHit>? hits))
            {
                map[key] = hits = [];
            }

            hits.Add(p.Hit);
        }
    }

    /// <summary>Every (rule, entry, role) covering <paramref name="code"/>, each once however many of its patterns match.</summary>
    public CoverageHit[] Hits(string code)
    {
        List<CoverageHit>? found = null;
        if (_exact.TryGetValue(code, out List<CoverageHit>? exact))
        {
            found = [.. exact];
        }

        foreach ((int length, Dictionary<string, List<CoverageHit>> map) in _prefixes)
        {
            if (length > code.Length)
            {
                break;
            }

            if (map.TryGetValue(code[..length], out List<CoverageHit>? hits))
            {
                (found ??= []).AddRange(hits);
            }
        }

        return found is null ? [] : [.. found.Distinct()];
    }

    /// <summary>True when a shorter exact knowledge code is a prefix of <paramref name="code"/>.</summary>
    public bool Ambiguous(string code)
    {
        foreach (int length in _exactLengths)
        {
            if (length >= code.Length)
            {
                break;
            }

            if (_exact.ContainsKey(code[..length]))
            {
                return true;
            }
        }

        return false;
    }
}
