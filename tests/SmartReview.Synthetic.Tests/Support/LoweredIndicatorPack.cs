using System.Text.Json;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Synthetic.Tests.Support;

/// <summary>
/// The provincial pack with its indicator thresholds moved into the range generated data spans, so every indicator
/// flags some facility-months and passes others. Generated stays never carry a hospital-acquired infection (Y95), so
/// the infection set also counts anaemia (D64*), a common secondary diagnosis. Some rules take a single threshold, a
/// tolerance, a higher <c>min_stays</c>, no level-1 threshold or a shorter readmission interval. The indicators the
/// provincial pack does not run (self-funded share, cost per bed-day, average length of stay: the seed city's) are
/// added as rules of their own.
/// </summary>
internal static class LoweredIndicatorPack
{
    private static readonly Dictionary<string, string> Parameters = new()
    {
        ["drug_share"] = """{"thresholds":{"1":0.55,"2":0.34,"3":0.36},"min_stays":40}""",
        ["exam_lab_share"] = """{"thresholds":{"2":0.105,"3":0.108}}""",
        ["consumable_share"] = """{"thresholds":{"1":0.04,"2":0.28,"3":0.26},"tolerance":0.02}""",
        ["treatment_share"] = """{"threshold":0.019}""",
        ["ct_share"] = """{"thresholds":{"1":0.0011,"2":0.0012,"3":0.0012}}""",
        ["mri_share"] = """{"thresholds":{"1":0.012,"2":0.009,"3":0.0105}}""",
        ["infection_rate"] = """{"thresholds":{"1":0.04,"2":0.045,"3":0.05}}""",
        ["readmission_rate"] = """{"thresholds":{"1":0,"2":0.005,"3":0.011},"interval_days":20}""",
        ["average_cost"] = """{"thresholds":{"1":3100,"2":5500,"3":5800},"tolerance":0.05}""",
        ["self_funded_share"] = """{"thresholds":{"1":0.015,"2":0.011,"3":0.012}}""",
        ["cost_per_bed_day"] = """{"thresholds":{"1":450,"2":650,"3":740},"tolerance":0.02}""",
        ["average_length_of_stay"] = """{"thresholds":{"1":7.3,"2":7.8,"3":7.9}}""",
    };

    private static readonly string[] Added = ["self_funded_share", "cost_per_bed_day", "average_length_of_stay"];

    public static CompiledPack Of(CompiledPack provincial)
    {
        RulePack source = provincial.Source;
        var anaemia = new KnowledgeEntry { Id = "TEST-IN-D64", Set = "prov-indicator-codes", Codes = ["D64*"], ItemName = "贫血" };
        RuleDefinition averageCost = source.Rules.Single(r => r.Family == "facility_indicator" && r.Parameters["indicator"].GetString() == "average_cost");
        RuleDefinition[] rules =
        [
            .. source.Rules.Select(r => r.Family == "facility_indicator" ? Lowered(r) : r),
            .. Added.Select(indicator => Lowered(averageCost with
            {
                Id = "TEST-ZB-" + indicator, Code = null,
                Parameters = new Dictionary<string, JsonElement> { ["indicator"] = JsonSerializer.SerializeToElement(indicator) },
            })),
        ];
        return PackCompiler.Compile(source with { Rules = rules, Knowledge = new KnowledgeBase(source.Knowledge.Entries.Append(anaemia)) });
    }

    private static RuleDefinition Lowered(RuleDefinition rule)
    {
        string indicator = rule.Parameters["indicator"].GetString()!;
        var parameters = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(Parameters[indicator])!;
        parameters["indicator"] = rule.Parameters["indicator"];
        return rule with { Parameters = parameters, KnowledgeCodes = indicator == "infection_rate" ? ["Y95*", "D64*"] : rule.KnowledgeCodes };
    }
}
