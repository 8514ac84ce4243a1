using SmartReview.Knowledge.Tests.Support;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Families;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Knowledge.Tests;

/// <summary>The committed national knowledge files load with KnowledgeLoader and compile with their families.</summary>
public sealed class KnowledgeFilesTests
{
    public static TheoryData<string> Files => [.. Directory.GetFiles(Paths.NationalKnowledge, "*.jsonl").Select(Path.GetFileName).OfType<string>().Order()];

    [Theory]
    [MemberData(nameof(Files))]
    public void Load_CommittedFile_NoErrorsAndCompilesWithItsFamily(string file)
    {
        var errors = new List<PackError>();
        List<KnowledgeEntry> entries = [.. KnowledgeLoader.Load(Path.Combine(Paths.NationalKnowledge, file), errors)];
        string set = Assert.Single(entries.Select(e => e.Set).Distinct());
        string family = set.EndsWith("-text", StringComparison.Ordinal) || set == "nhsa-drug-second-line-items" ? "text_restricted_item" : FamilyOf(set);

        var rule = new RuleDefinition
        {
            Id = "T-1", Name = new LocalizedText(set, set), Family = family, Knowledge = set, Result = ResultType.Suspicious,
            Severity = Severity.Medium, EffectiveFrom = new DateOnly(2024, 1, 1),
        };
        PackCompiler.Compile(new RulePack("t", "0", "", [rule], new KnowledgeBase(entries)), RuleFamilies.All, errors);

        Assert.Empty(errors);
        Assert.Equal(file, set + ".jsonl");
        Assert.Equal(entries.Count, entries.Select(e => e.Id).Distinct().Count());
    }

    private static string FamilyOf(string set) => set switch
    {
        _ when set.Contains("-sex-", StringComparison.Ordinal) => "sex_restricted_item",
        _ when set.Contains("child", StringComparison.Ordinal) || set.Contains("newborn", StringComparison.Ordinal) => "age_restricted_item",
        _ when set.Contains("work-injury", StringComparison.Ordinal) || set.Contains("maternity", StringComparison.Ordinal) => "scheme_restricted_item",
        _ when set.Contains("setting", StringComparison.Ordinal) || set.Contains("internet", StringComparison.Ordinal) => "care_setting_restricted_item",
        _ when set.Contains("level", StringComparison.Ordinal) => "facility_level_restricted_item",
        _ when set.Contains("course", StringComparison.Ordinal) => "course_length_limit",
        _ when set.Contains("indication", StringComparison.Ordinal) => "diagnosis_restricted_item",
        "nhsa-herbal-never-payable" => "non_payable_item",
        "nhsa-herbal-not-payable-alone" => "non_payable_combination",
        "nhsa-surgery-discount-groups" => "surgery_discount",
        _ => throw new InvalidOperationException($"no family known for set {set}"),
    };
}
