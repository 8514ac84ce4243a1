using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Mapping;

/// <summary>
/// One row of the rule table (Data/rule-map.json): the national rule (names, GZ codes), the family and knowledge set
/// its points feed, the wording reader that structures them, and the identity parts that name a point across batches.
/// </summary>
internal sealed record RuleMapping
{
    public const string TextFamily = "text_restricted_item";

    /// <summary>The family of text-only entries about items charged together: fires only when two are.</summary>
    public const string PairTextFamily = "text_restricted_pair";

    public required string Key { get; init; }
    public required IReadOnlyList<string> Names { get; init; }
    public required IReadOnlyList<string> Codes { get; init; }
    public required string Family { get; init; }
    public required string Set { get; init; }
    public required string Reader { get; init; }

    /// <summary>Attributes the rule itself implies (fixed reader), or the default the reader falls back to.</summary>
    public JsonObject? Attributes { get; init; }

    /// <summary>For age rules: the band when the wording names none (<c>children</c> or <c>newborn</c>).</summary>
    public string? AgeDefault { get; init; }

    /// <summary>For age rules: <c>allowed</c> (default: the wording says who may have the item) or <c>forbidden</c>
    /// (药品儿童禁用, 老年人用药安全: the wording says who must not; the band read is turned into the band allowed).</summary>
    public string AgeMeaning { get; init; } = "allowed";

    /// <summary>For quantity and amount rules: the limit by window (<c>day</c>, <c>stay</c>) when the wording names only
    /// its period (限定频次 "日"). A window without a default keeps such a point text-only.</summary>
    public IReadOnlyDictionary<string, decimal> LimitDefaults { get; init; } = new Dictionary<string, decimal>();

    /// <summary>For quantity rules: measure units (wording-patterns.json <c>quantity.measure_units</c>) the settlement
    /// lines of this rule are counted in (中药饮片: 克), so a limit in them is checkable; a limit in any other measure unit
    /// (每日不超过40mg) is a dose, not a billed quantity, and stays text-only.</summary>
    public IReadOnlyList<string> CountedUnits { get; init; } = [];

    /// <summary>For the codes reader: the attribute the codes named in the wording go to (<c>requires</c>, <c>parts</c>…).</summary>
    public string? CodeAttribute { get; init; }

    /// <summary>For rules whose family is text-only by nature: the reason recorded for every point.</summary>
    public string? TextReason { get; init; }

    /// <summary>Parts of a point beside the rule that identify it: <c>item_name</c>, <c>group</c>, <c>codes</c>.</summary>
    public IReadOnlyList<string> Identity { get; init; } = ["item_name"];

    /// <summary>Result of the national pack rule added for <see cref="Set"/>: <c>definite</c> or <c>suspicious</c>.</summary>
    public string Result { get; init; } = "definite";

    /// <summary>Severity of that rule: <c>low</c>, <c>medium</c> or <c>high</c>.</summary>
    public string Severity { get; init; } = "medium";

    /// <summary>The set for this rule's points that stay text-only.</summary>
    public string TextSet => Family == TextFamily ? Set : Set + "-text";

    /// <summary>The set for text-only points about items charged together: a two-item rule's text set (all its text
    /// points are such), else beside the text set.</summary>
    public string PairTextSet => Family is "exclusive_pair" or "unbundling" ? TextSet : TextSet + "-pairs";

    /// <summary>The set for a text-only entry of <paramref name="family"/>.</summary>
    public string TextSetOf(string family) => family == PairTextFamily ? PairTextSet : TextSet;

    public static bool IsTextFamily(string family) => family is TextFamily or PairTextFamily;

    public bool IsTextOnly => Family == TextFamily;
}
