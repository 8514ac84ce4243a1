namespace SmartReview.Synthetic.Catalogue;

/// <summary>A code or prefix (trailing *) a rule reads on lines, for one entry and role.</summary>
internal readonly record struct CoveragePattern(string Pattern, CoverageHit Hit)
{
    public bool IsPrefix => Pattern.EndsWith('*');

    public string Key => IsPrefix ? Pattern[..^1] : Pattern;
}
