using System.Text.Json;

namespace SmartReview.Review;

/// <summary>
/// The ranges a final decision's sanctions must keep, as data: the legal bases of a fine with their ranges, and how
/// many months a department's insured services may be suspended. <see cref="National"/> is the 2021 regulation
/// (Data/sanction-rules.json); a region loads its own with <see cref="Load"/>. Checked when loaded, never at first use.
/// </summary>
public sealed class SanctionRules
{
    private static readonly Lazy<SanctionRules> Embedded = new(LoadEmbedded);

    private SanctionRules(IReadOnlyList<PenaltyBasis> bases, int minMonths, int maxMonths)
    {
        Bases = bases;
        MinSuspensionMonths = minMonths;
        MaxSuspensionMonths = maxMonths;
    }

    /// <summary>The national defaults shipped with this assembly: art. 38 1–2×, art. 40 2–5×, art. 39 ¥10,000–50,000, 6–12 months.</summary>
    public static SanctionRules National => Embedded.Value;

    /// <summary>The legal bases of a fine, in the order a form offers them.</summary>
    public IReadOnlyList<PenaltyBasis> Bases { get; }

    /// <summary>The fewest months a department's insured services may be suspended.</summary>
    public int MinSuspensionMonths { get; }

    /// <summary>The most months a department's insured services may be suspended.</summary>
    public int MaxSuspensionMonths { get; }

    /// <summary>The basis with <paramref name="code"/>, or null.</summary>
    public PenaltyBasis? Basis(string? code) => Bases.FirstOrDefault(b => b.Code == code);

    /// <summary>
    /// Reads data shaped like Data/sanction-rules.json. Throws <see cref="InvalidDataException"/> naming the fault: no
    /// bases, a code empty or repeated, a name missing, an unknown scale, a bound not above 0, in fen, or min above max,
    /// or suspension months not 1 ≤ min ≤ max.
    /// </summary>
    public static SanctionRules Load(Stream json)
    {
        ArgumentNullException.ThrowIfNull(json);
        using JsonDocument document = Parse(json);
        JsonElement root = document.RootElement;
        if (!root.TryGetProperty("penalties", out JsonElement penalties) || penalties.ValueKind != JsonValueKind.Array || penalties.GetArrayLength() == 0)
        {
            throw new InvalidDataException("sanction rules: a non-empty 'penalties' array is required");
        }

        PenaltyBasis[] bases = [.. penalties.EnumerateArray().Select((p, i) => Basis(p, i))];
        if (bases.GroupBy(b => b.Code).FirstOrDefault(g => g.Count() > 1) is { } repeated)
        {
            throw new InvalidDataException($"sanction rules: basis '{repeated.Key}' is listed twice");
        }

        int min = Months(root, "min"), max = Months(root, "max");
        return min >= 1 && min <= max
            ? new SanctionRules(bases, min, max)
            : throw new InvalidDataException($"sanction rules: departmentSuspensionMonths must be 1 ≤ min ≤ max, not {min}–{max}");
    }

    private static PenaltyBasis Basis(JsonElement p, int index)
    {
        string where = $"sanction rules: penalties[{index}]";
        string code = Text(p, "code", where);
        where = $"sanction rules: basis '{code}'";
        PenaltyScale scale = Enum.TryParse(Text(p, "scale", where), out PenaltyScale s) && Enum.IsDefined(s)
            ? s
            : throw new InvalidDataException($"{where}: scale is MultipleOfLoss or Fixed");
        decimal min = Bound(p, "min", where), max = Bound(p, "max", where);
        return min <= max
            ? new PenaltyBasis(code, Text(p, "nameZh", where), Text(p, "nameEn", where), scale, min, max)
            : throw new InvalidDataException($"{where}: min {min} is above max {max}");
    }

    private static string Text(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.String && !string.IsNullOrWhiteSpace(v.GetString())
            ? v.GetString()!
            : throw new InvalidDataException($"{where}: '{name}' is required");

    private static decimal Bound(JsonElement e, string name, string where) =>
        e.TryGetProperty(name, out JsonElement v) && v.ValueKind == JsonValueKind.Number && v.TryGetDecimal(out decimal d) && d > 0m
        && decimal.Round(d, 2) == d
            ? d
            : throw new InvalidDataException($"{where}: '{name}' must be a number above 0 with at most two decimals");

    private static int Months(JsonElement root, string name) =>
        root.TryGetProperty("departmentSuspensionMonths", out JsonElement m) && m.TryGetProperty(name, out JsonElement v)
        && v.ValueKind == JsonValueKind.Number && v.TryGetInt32(out int months)
            ? months
            : throw new InvalidDataException($"sanction rules: departmentSuspensionMonths.{name} must be a whole number");

    private static JsonDocument Parse(Stream json)
    {
        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException("sanction rules: not JSON: " + e.Message, e);
        }
    }

    private static SanctionRules LoadEmbedded()
    {
        using Stream stream = typeof(SanctionRules).Assembly.GetManifestResourceStream("SmartReview.Review.Data.sanction-rules.json")
            ?? throw new InvalidOperationException("embedded sanction rules missing");
        return Load(stream);
    }
}
