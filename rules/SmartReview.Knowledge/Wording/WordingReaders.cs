using SmartReview.Knowledge.Mapping;

namespace SmartReview.Knowledge.Wording;

/// <summary>Every wording reader, by the name rule-map.json uses, built from the patterns, catalogue and options.</summary>
internal sealed class WordingReaders
{
    public static readonly IReadOnlyCollection<string> Names = [
        "sex", "age", "scheme", "setting", "level", "course", "indication", "contraindication", "fixed", "surgery_group", "quantity", "amount",
        "price", "pair", "codes", "department",
    ];

    private readonly Dictionary<string, IWordingReader> _readers;

    public WordingReaders(WordingPatterns patterns, IndicationCatalogue catalogue, ImportOptions options)
    {
        IWordingReader[] readers =
        [
            new SexWording(patterns), new AgeWording(patterns, options), new SchemeWording(patterns), new SettingWording(patterns),
            new LevelWording(patterns), new CourseWording(patterns), new IndicationWording(patterns, catalogue), new FixedWording(),
            new SurgeryGroupWording(), new IndicationWording(patterns, catalogue, "contraindication"), new LimitWording("quantity", "max_quantity", patterns),
            new LimitWording("amount", "max_amount", patterns), new PriceWording(patterns), new PairWording(patterns), new CodesWording(),
            new DepartmentWording(patterns),
        ];
        _readers = readers.ToDictionary(r => r.Name, StringComparer.Ordinal);
    }

    public Structure Read(string restriction, string itemName, RuleMapping rule, IReadOnlyList<string>? codes = null) =>
        _readers[rule.Reader].Read(new WordingInput(WordingText.Normalize(restriction), WordingText.Normalize(itemName), rule) { Codes = codes ?? [] });
}
