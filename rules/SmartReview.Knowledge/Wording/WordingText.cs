using System.Text;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>Text helpers for the readers: NFKC normalisation (full-width punctuation and digits, ⼉ → 儿) and clauses.</summary>
internal static partial class WordingText
{
    public static string Normalize(string text) => WhiteSpace().Replace(text.Normalize(NormalizationForm.FormKC), " ").Trim();

    /// <summary>Clauses split at ；。; and line breaks (the original line breaks survive only before normalising).</summary>
    public static IEnumerable<string> Clauses(string text) =>
        ClauseBreak().Split(text).Where(c => c.Length > 0);

    /// <summary>Removes every occurrence of the given phrases, longest first.</summary>
    public static string Without(string text, IEnumerable<string> phrases)
    {
        foreach (string phrase in phrases.OrderByDescending(p => p.Length))
        {
            text = text.Replace(phrase, " ", StringComparison.Ordinal);
        }

        return text;
    }

    [GeneratedRegex(@"[ \t\u3000]+")]
    private static partial Regex WhiteSpace();

    [GeneratedRegex(@"[;。\r\n]+")]
    private static partial Regex ClauseBreak();
}
