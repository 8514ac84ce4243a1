using System.Text.Json;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Benchmarks.Compile;

/// <summary>
/// A synthetic pack of many rules over the starter pack's twelve families. Each rule of a knowledge family gets its
/// own set of 2–4 entries with 1–3 codes each, in the national formats (drugs X + 22 or Z + 19, services 15 digits).
/// </summary>
internal static class LargePackBuilder
{
    private static readonly string[] Families =
    [
        "sex_restricted_item", "age_restricted_item", "diagnosis_restricted_item", "facility_level_restricted_item",
        "care_setting_restricted_item", "quantity_limit", "exclusive_pair", "unit_price_cap", "charge_outside_stay",
        "split_admission", "low_standard_admission", "large_claim",
    ];

    private static readonly string[] Diagnoses = ["E11*", "I10*", "C34*", "J18*", "N18*", "I63*", "K80.0", "M17*"];

    public static RulePack Build(int rules, int seed = 1)
    {
        var random = new Random(seed);
        var codes = new CodeSource(random);
        var definitions = new List<RuleDefinition>(rules);
        var entries = new List<KnowledgeEntry>();
        for (int i = 0; i < rules; i++)
        {
            string family = Families[i % Families.Length];
            string id = $"R-{i + 1:D5}";
            string? set = NeedsKnowledge(family) ? $"set-{i + 1:D5}" : null;
            if (set is not null)
            {
                int count = random.Next(2, 5);
                for (int e = 0; e < count; e++)
                {
                    string[] entryCodes = [.. Enumerable.Range(0, random.Next(1, 4)).Select(_ => codes.For(family))];
                    entries.Add(new KnowledgeEntry
                    {
                        Id = $"K-{i + 1:D5}-{e}", Set = set, Codes = entryCodes, ItemName = $"item {i + 1}.{e}", Text = "synthetic",
                        Attributes = Attributes(family, random, codes),
                    });
                }
            }

            definitions.Add(new RuleDefinition
            {
                Id = id, Name = new LocalizedText(id, id), Family = family, Knowledge = set, Parameters = Parameters(family, random),
                Result = ResultType.Definite, Severity = Severity.Medium, EffectiveFrom = new DateOnly(2024, 1, 1),
            });
        }

        return new RulePack("large", "1", "330100", definitions, new KnowledgeBase(entries));
    }

    private static bool NeedsKnowledge(string family) =>
        family is not ("charge_outside_stay" or "split_admission" or "low_standard_admission" or "large_claim");

    private static Dictionary<string, JsonElement> Attributes(string family, Random random, CodeSource codes) => family switch
    {
        "sex_restricted_item" => Json(("sex", random.Next(2) == 0 ? "M" : "F")),
        "age_restricted_item" => random.Next(2) == 0 ? Json(("max_age_years", 17)) : Json(("min_age_years", 18)),
        "diagnosis_restricted_item" => Json(("diagnoses", Diagnoses.OrderBy(_ => random.Next()).Take(random.Next(1, 4)).ToArray())),
        "facility_level_restricted_item" => Json(("min_level", random.Next(2, 4))),
        "care_setting_restricted_item" => Json(("settings", new[] { "inpatient" })),
        "quantity_limit" => Json(("max_quantity", random.Next(1, 4)), ("window", "day")),
        "exclusive_pair" => Json(("excludes", new[] { codes.Service(), codes.Service() })),
        "unit_price_cap" => Json(("caps", new Dictionary<string, int> { ["1"] = 20, ["2"] = 30, ["3"] = 40 })),
        _ => [],
    };

    private static Dictionary<string, JsonElement> Parameters(string family, Random random) => family switch
    {
        "quantity_limit" or "exclusive_pair" => Json(("window", "day")),
        "charge_outside_stay" => Json(("tolerance_days", random.Next(0, 2))),
        "split_admission" => Json(("interval_days", random.Next(7, 31)), ("same_facility", true)),
        "low_standard_admission" => Json(("max_stay_days", 3), ("min_exam_lab_share", 0.6)),
        "large_claim" => Json(("threshold", random.Next(3, 10) * 10_000)),
        _ => [],
    };

    private static Dictionary<string, JsonElement> Json(params (string Name, object Value)[] values) =>
        values.ToDictionary(v => v.Name, v => JsonSerializer.SerializeToElement(v.Value), StringComparer.Ordinal);
}
