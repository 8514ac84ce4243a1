using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// The age band an item is for (<c>max_age_years</c>, <c>min_age_years</c>, <c>max_age_days</c>). Explicit ages in the
/// wording decide the bounds they give; an open upper bound is then taken from the age words of a restriction label
/// (新生儿专用项目, 限儿童…) or the rule's default (children: <see cref="ImportOptions.ChildMaxAgeYears"/>; newborn:
/// <see cref="ImportOptions.NewbornMaxAgeDays"/>). Age words in descriptive indications (用于婴儿腹泻) do not narrow the
/// rule: the rule says children. A children or newborn rule whose wording names adults stays text-only.
/// </summary>
internal sealed class AgeWording : IWordingReader
{
    private readonly IReadOnlyList<string> _labelMarkers;
    private readonly IReadOnlyList<string> _adultWords;
    private readonly IReadOnlyList<(string Word, AgeLimit Band)> _words;
    private readonly AgeLimit _children;
    private readonly AgeLimit _newborn;

    public AgeWording(WordingPatterns patterns, ImportOptions options)
    {
        _children = new AgeLimit(null, options.ChildMaxAgeYears, null);
        _newborn = new AgeLimit(null, null, options.NewbornMaxAgeDays);
        _labelMarkers = patterns.Strings("age", "label_markers");
        _adultWords = patterns.Strings("age", "adult_words");
        _words = [.. (patterns.Section("age")["words"] as JsonArray ?? []).OfType<JsonObject>()
            .Select(w => (w["word"]!.GetValue<string>(), Band(w["band"])))
            .OrderByDescending(w => w.Item1.Length)];
    }

    public string Name => "age";

    public Structure Read(WordingInput input)
    {
        if (input.Rule.AgeMeaning == "forbidden")
        {
            return ReadForbidden(input);
        }

        AgeLimit? fallback = input.Rule.AgeDefault switch { "children" => _children, "newborn" => _newborn, _ => null };
        string text = input.Text;
        if (fallback is not null && _adultWords.Any(text.Contains))
        {
            return Structure.TextOnly("other", "age.adults_named");
        }

        IReadOnlyList<AgeLimit> words = IsLabel(text) ? WordBands(text) : [];
        AgeLimit? byWords = words.Count > 0 ? AgeLimit.Hull([.. words]) : fallback;
        IReadOnlyList<AgeLimit> explicitAges = ExplicitAges.Parse(text);
        AgeLimit? band = byWords;
        if (explicitAges.Count > 0)
        {
            AgeLimit found = AgeLimit.Hull([.. explicitAges]);
            band = byWords is null ? found : found.CappedBy(byWords);
        }

        if (band is null)
        {
            return Structure.TextOnly("other", "age.none_named");
        }

        return band.Consistent && band.ToAttributes().Count > 0
            ? Structure.Checkable(band.ToAttributes())
            : Structure.TextOnly("other", "age.inconsistent");
    }

    /// <summary>
    /// A rule naming who must not have the item (儿童禁用, 65岁以上老年人禁用): the forbidden band, from explicit ages,
    /// else age words, else the rule's default, turned into the allowed band. Only a band open on one side turns into
    /// one band (under 18 forbidden → 18 and over allowed); a forbidden range in the middle stays text-only.
    /// </summary>
    private Structure ReadForbidden(WordingInput input)
    {
        IReadOnlyList<AgeLimit> explicitAges = ExplicitAges.Parse(input.Text);
        IReadOnlyList<AgeLimit> words = explicitAges.Count > 0 ? [] : WordBands(input.Text);
        AgeLimit? forbidden = explicitAges.Count > 0 ? AgeLimit.Hull([.. explicitAges])
            : words.Count > 0 ? AgeLimit.Hull([.. words])
            : input.Rule.AgeDefault switch { "children" => _children, _ => null };
        AgeLimit? allowed = forbidden switch
        {
            null => null,
            { MinYears: int min and > 0, OpenAbove: true } => new AgeLimit(null, min - 1, null),
            { MinYears: null or 0, MaxYears: int max } => new AgeLimit(max + 1, null, null),
            _ => null,
        };
        return forbidden is null ? Structure.TextOnly("other", "age.none_named")
            : allowed is null ? Structure.TextOnly("other", "age.forbidden_range")
            : Structure.Checkable(allowed.ToAttributes());
    }

    private bool IsLabel(string text) => text.StartsWith('限') || _labelMarkers.Any(text.Contains);

    private List<AgeLimit> WordBands(string text)
    {
        var found = new List<AgeLimit>();
        foreach ((string word, AgeLimit band) in _words)
        {
            if (text.Contains(word, StringComparison.Ordinal))
            {
                found.Add(band);
                text = text.Replace(word, " ", StringComparison.Ordinal);
            }
        }

        return found;
    }

    private AgeLimit Band(JsonNode? node) => node switch
    {
        JsonValue v when v.GetValue<string>() == "children" => _children,
        JsonValue v when v.GetValue<string>() == "newborn" => _newborn,
        JsonObject o => new AgeLimit((int?)o["min_age_years"], (int?)o["max_age_years"], (int?)o["max_age_days"]),
        _ => throw new InvalidDataException($"wording patterns: age band '{node}' is not children, newborn or an object"),
    };
}
