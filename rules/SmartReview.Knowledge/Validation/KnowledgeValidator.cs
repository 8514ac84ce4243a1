using SmartReview.Knowledge.Reporting;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Families;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Knowledge.Validation;

/// <summary>
/// Reads every written file back with <see cref="KnowledgeLoader"/> and compiles a one-rule pack per set with its
/// family (<see cref="PackCompiler"/>), so a wrong attribute fails the import, not the first scoring run.
/// </summary>
internal static class KnowledgeValidator
{
    public static void Validate(string folder, IReadOnlyList<SetSummary> sets, List<string> errors, List<string> notes)
    {
        foreach (SetSummary set in sets)
        {
            var problems = new List<PackError>();
            List<KnowledgeEntry> entries = [.. KnowledgeLoader.Load(Path.Combine(folder, set.File), problems)];
            if (entries.Count != set.Entries)
            {
                errors.Add($"{set.File}: wrote {set.Entries} entries, read back {entries.Count}");
            }

            if (RuleFamilies.All.ContainsKey(set.Family))
            {
                var pack = new RulePack("nhsa-import-check", "0", "", [Rule(set)], new KnowledgeBase(entries));
                PackCompiler.Compile(pack, RuleFamilies.All, problems);
            }
            else
            {
                notes.Add($"{set.Set}: family {set.Family} is not registered in SmartReview.Rules yet; file format checked only");
            }

            errors.AddRange(problems.Select(p => p.ToString()));
        }
    }

    private static RuleDefinition Rule(SetSummary set) => new()
    {
        Id = "CHECK-" + set.Set, Name = new LocalizedText(set.Set, set.Set), Family = set.Family, Knowledge = set.Set,
        Result = ResultType.Suspicious, Severity = Severity.Medium, EffectiveFrom = new DateOnly(2024, 1, 1),
    };
}
