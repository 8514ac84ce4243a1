namespace SmartReview.Synthetic.Planting;

/// <summary>Codes and prefixes (trailing *), as knowledge writes them: an exact code matches only itself.</summary>
internal sealed class PatternSet
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly List<string> _prefixes = [];

    public PatternSet(IEnumerable<string> patterns)
    {
        foreach (string p in patterns)
        {
            if (p.EndsWith('*')) { _prefixes.Add(p[..^1]); }
            else { _exact.Add(p); }
        }

        Patterns = [.. patterns];
    }

    public IReadOnlyList<string> Patterns { get; }

    public bool Matches(string code)
    {
        if (_exact.Contains(code))
        {
            return true;
        }

        foreach (string prefix in _prefixes)
        {
            if (code.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
