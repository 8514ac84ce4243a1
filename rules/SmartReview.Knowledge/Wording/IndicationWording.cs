using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Indications to diagnoses (<c>{"diagnoses":["E11*"]}</c>) through the indication catalogue, only when nothing is
/// left over: every part of the wording must be a catalogue phrase or a neutral qualifier (成人, 患者, 晚期, 急性…,
/// which only narrow a condition). Then any settlement without one of the diagnoses breaks the point whatever the
/// qualifiers say, so the check is sound. Wording that needs earlier treatment (既往, 二线, 控制不佳…) is second-line;
/// anything else left over keeps the point text-only: we do not guess.
/// </summary>
/// <remarks>With <paramref name="section"/> <c>contraindication</c> the same reading serves <c>contraindication</c>
/// (禁忌症): there a qualifier would widen the check, so that section's neutral words are only function words.</remarks>
internal sealed partial class IndicationWording(WordingPatterns patterns, IndicationCatalogue catalogue, string section = "indication") : IWordingReader
{
    private const char Mark = '§';

    private readonly IReadOnlyList<string> _prior = patterns.Strings(section, "prior_treatment");
    private readonly IReadOnlyList<Regex> _neutralPatterns = patterns.Patterns(section, "neutral_patterns");
    private readonly IReadOnlyList<string> _neutral = patterns.Strings(section, "neutral");

    public string Name => section;

    private string Kind => section == "indication" ? "indication" : "other";

    public Structure Read(WordingInput input)
    {
        if (_prior.Any(input.Text.Contains))
        {
            return Structure.TextOnly("second_line", section + ".prior_treatment");
        }

        string text = AsciiAside().Replace(input.Text, "");
        var codes = new SortedSet<string>(StringComparer.Ordinal);
        foreach ((string phrase, IReadOnlyList<string> prefixes) in catalogue.Phrases)
        {
            if (Replace(ref text, phrase))
            {
                codes.UnionWith(prefixes);
            }
        }

        if (codes.Count == 0)
        {
            return Structure.TextOnly(Kind, section + ".no_catalogue_condition");
        }

        string rest = Remainder(text);
        return rest.Length == 0
            ? Structure.Checkable(new JsonObject { ["diagnoses"] = new JsonArray([.. codes.Select(c => JsonValue.Create(c))]) })
            : Structure.TextOnly(Kind, section + ".unmapped_remainder");
    }

    /// <summary>What is left once the catalogue phrases (already marked) and the neutral qualifiers are gone.</summary>
    internal string Remainder(string text)
    {
        foreach (Regex pattern in _neutralPatterns)
        {
            text = pattern.Replace(text, " ");
        }

        text = WordingText.Without(text, _neutral);
        text = Numbering().Replace(text, " ");
        return Separators().Replace(text, "");
    }

    /// <summary>Marks every occurrence of <paramref name="phrase"/> not preceded by 非; true when one was marked.</summary>
    private static bool Replace(ref string text, string phrase)
    {
        bool found = false;
        var result = new StringBuilder(text.Length);
        int start = 0;
        for (int at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            if (at < start || (at > 0 && text[at - 1] == '非'))
            {
                continue;
            }

            result.Append(text, start, at - start).Append(Mark);
            start = at + phrase.Length;
            found = true;
        }

        text = result.Append(text, start, text.Length - start).ToString();
        return found;
    }

    /// <summary>An aside in ASCII only, e.g. an abbreviation: (NSCLC), (COVID-19), (RMS).</summary>
    [GeneratedRegex(@"\([\x20-\x7e]*\)")]
    private static partial Regex AsciiAside();

    [GeneratedRegex(@"(?<=^|[\s;:,。、§])\d+\.(?!\d)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"[\s;:,。、.§]+")]
    private static partial Regex Separators();
}
