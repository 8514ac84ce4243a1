using System.Text.Json;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Settlements;

namespace SmartReview.Benchmarks.RulesEngineComparison;

/// <summary>
/// The starter pack's knowledge as lookups by item code, handed to RulesEngine as its second input (<c>input2</c>).
/// A lookup returns null for a code the set does not list; the rule expressions do the checking.
/// </summary>
public sealed class KnowledgeTables
{
    private readonly Dictionary<string, Sex> _sex = [];
    private readonly Dictionary<string, int> _maxAgeYears = [];
    private readonly Dictionary<string, string[]> _indications = [];
    private readonly Dictionary<string, int> _minLevel = [];
    private readonly Dictionary<string, CareSetting[]> _settings = [];
    private readonly Dictionary<string, (decimal Max, bool PerDay)> _quantity = [];
    private readonly Dictionary<string, string[]> _excludes = [];
    private readonly Dictionary<string, decimal[]> _caps = [];

    public KnowledgeTables(KnowledgeBase knowledge)
    {
        Fill(knowledge, "sex-items", _sex, a => a.GetProperty("sex").GetString() == "F" ? Sex.Female : Sex.Male);
        Fill(knowledge, "child-items", _maxAgeYears, a => a.GetProperty("max_age_years").GetInt32());
        Fill(knowledge, "indication-items", _indications, a => [.. a.GetProperty("diagnoses").EnumerateArray().Select(d => d.GetString()!.TrimEnd('*'))]);
        Fill(knowledge, "level-items", _minLevel, a => a.GetProperty("min_level").GetInt32());
        Fill(knowledge, "setting-items", _settings, a => [.. a.GetProperty("settings").EnumerateArray().Select(s => Enum.Parse<CareSetting>(s.GetString()!, true))]);
        Fill(knowledge, "quantity-limits", _quantity, a => (a.GetProperty("max_quantity").GetDecimal(), a.GetProperty("window").GetString() == "day"));
        Fill(knowledge, "bundled-pairs", _excludes, a => [.. a.GetProperty("excludes").EnumerateArray().Select(c => c.GetString()!)]);
        Fill(knowledge, "price-caps", _caps, a => [.. Enumerable.Range(1, 3).Select(l => a.GetProperty("caps").GetProperty($"{l}").GetDecimal())]);
    }

    public Sex? SexOf(string code) => _sex.TryGetValue(code, out Sex s) ? s : null;

    public int? MaxAgeYears(string code) => _maxAgeYears.TryGetValue(code, out int a) ? a : null;

    /// <summary>ICD-10 prefixes the item is payable for (the knowledge's <c>E11*</c> without the star).</summary>
    public string[]? IndicationsOf(string code) => _indications.GetValueOrDefault(code);

    public int? MinLevel(string code) => _minLevel.TryGetValue(code, out int l) ? l : null;

    public CareSetting[]? SettingsOf(string code) => _settings.GetValueOrDefault(code);

    public decimal? MaxQuantity(string code) => _quantity.TryGetValue(code, out var q) ? q.Max : null;

    public bool QuantityPerDay(string code) => _quantity.TryGetValue(code, out var q) && q.PerDay;

    public string[]? ExcludesOf(string code) => _excludes.GetValueOrDefault(code);

    public decimal? Cap(string code, int level) => _caps.TryGetValue(code, out decimal[]? caps) ? caps[level - 1] : null;

    private static void Fill<T>(KnowledgeBase knowledge, string set, Dictionary<string, T> into, Func<JsonElement, T> read)
    {
        foreach (KnowledgeEntry entry in knowledge.Set(set))
        {
            JsonElement attributes = JsonSerializer.SerializeToElement(entry.Attributes);
            foreach (string code in entry.Codes)
            {
                into[code] = read(attributes);
            }
        }
    }
}
