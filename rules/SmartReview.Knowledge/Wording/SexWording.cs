using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// The sex an item is for (<c>{"sex":"M"|"F"}</c>), read from the wording and the item name: explicit words
/// (男性, 女性, 妇女…) and organ or condition words (前列腺, 子宫, 月经, 妊娠…), longest first, each match consumed
/// (so 男子更年期 is male and its 更年期 does not also count as female). Words of both sexes, or of neither, leave
/// the point text-only.
/// </summary>
internal sealed class SexWording : IWordingReader
{
    private readonly IReadOnlyList<string> _ignore;
    private readonly IReadOnlyList<(string Word, bool Male)> _words;

    public SexWording(WordingPatterns patterns)
    {
        JsonObject sex = patterns.Section("sex");
        _ignore = patterns.Strings("sex", "ignore");
        _words = [.. new[] { "explicit", "anatomy" }
            .SelectMany(tier => Words(sex[tier], "M", true).Concat(Words(sex[tier], "F", false)))
            .OrderByDescending(w => w.Word.Length)];
    }

    public string Name => "sex";

    public Structure Read(WordingInput input)
    {
        string text = WordingText.Without(input.Text + " " + input.ItemName, _ignore);
        bool male = false, female = false;
        foreach ((string word, bool isMale) in _words)
        {
            if (!text.Contains(word, StringComparison.Ordinal))
            {
                continue;
            }

            text = text.Replace(word, " ", StringComparison.Ordinal);
            male |= isMale;
            female |= !isMale;
        }

        return (male, female) switch
        {
            (true, true) => Structure.TextOnly("other", "sex.both_named"),
            (false, false) => Structure.TextOnly("other", "sex.none_named"),
            _ => Structure.Checkable(new JsonObject { ["sex"] = male ? "M" : "F" }),
        };
    }

    private static IEnumerable<(string Word, bool Male)> Words(JsonNode? tier, string sex, bool male) =>
        WordingPatterns.StringsOf(tier?[sex]).Select(w => (w, male));
}
