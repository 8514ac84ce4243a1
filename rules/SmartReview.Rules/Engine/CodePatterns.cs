namespace SmartReview.Rules.Engine;

/// <summary>A set of codes and prefixes (a trailing *), e.g. diagnosis codes for an indication.</summary>
public sealed class CodePatterns
{
    private readonly HashSet<string> _exact = new(StringComparer.Ordinal);
    private readonly string[] _prefixes;

    public CodePatterns(IEnumerable<string> patterns)
    {
        var prefixes = new List<string>();
        foreach (string p in patterns)
        {
            if (p.EndsWith('*')) { prefixes.Add(p[..^1]); }
            else { _exact.Add(p); }
        }

        _prefixes = [.. prefixes];
        Text = string.Join("、", patterns);
    }

    public string Text { get; }

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
