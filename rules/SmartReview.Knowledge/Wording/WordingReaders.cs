using SmartReview.Knowledge.Mapping;
using SmartReview.Knowledge.Shapes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Every wording reader, by the name rule-map.json uses, built from the patterns, catalogue and options. Reads a
/// point after the structural step: the rule's reader fills the shape from the wording; a parameter the wording lacks
/// (a number of times, days, yuan) may come from the logic column; a text-only point of a two-item shape is kept as
/// items charged together, never as one item.
/// </summary>
internal sealed class WordingReaders
{
    public static readonly IReadOnlyCollection<string> Names = [
        "sex", "age", "scheme", "setting", "level", "course", "indication", "contraindication", "fixed", "surgery_group", "quantity", "amount",
        "price", "pair", "codes", "department",
    ];

    /// <summary>Readers whose missing number the logic column may give ("超过2次", "超过14天").</summary>
    private static readonly HashSet<string> NumbersFromLogic = ["quantity", "amount", "course"];

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

    /// <summary>Reads a point whose shape the structural step decided.</summary>
    public Structure Read(string restriction, string itemName, string? logic, RuleMapping rule, IReadOnlyList<string> codes, ShapeDecision shape)
    {
        IWordingReader reader = _readers[rule.Reader];
        var input = new WordingInput(WordingText.Normalize(restriction), WordingText.Normalize(itemName), rule) { Codes = codes, Shape = shape.Shape };
        Structure read = reader.Read(input);
        if (read.IsTextOnly && !string.IsNullOrWhiteSpace(logic) && NumbersFromLogic.Contains(rule.Reader)
            && reader.Read(input with { Text = WordingText.Normalize(logic) }) is { IsTextOnly: false } fromLogic)
        {
            return fromLogic;
        }

        return read.IsTextOnly && shape.IsTwoItem && !read.Together ? Structure.TextTogether(read.Reason!, codes) : read;
    }
}
