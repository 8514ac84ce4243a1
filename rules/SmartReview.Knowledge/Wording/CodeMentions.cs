using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// National codes written in a point's wording ("与310100001同时收费", "需同时开展C0101010010100100001"): runs of
/// ASCII letters, digits, dots and hyphens of at least 5 characters with at least 4 digits, so abbreviations
/// (NSCLC, HER2, COVID-19) and figures (14天) are not codes. In order of first mention, each once.
/// </summary>
internal static partial class CodeMentions
{
    public static IReadOnlyList<string> In(string text) =>
        [.. Code().Matches(text).Select(m => m.Value.TrimEnd('.', '-')).Where(c => c.Count(char.IsAsciiDigit) >= 4).Distinct(StringComparer.Ordinal)];

    [GeneratedRegex(@"(?<![A-Za-z0-9.\-])[A-Za-z0-9][A-Za-z0-9.\-]{4,}(?![A-Za-z0-9])")]
    private static partial Regex Code();
}
