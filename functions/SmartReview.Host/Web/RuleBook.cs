using System.Globalization;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Knowledge;

namespace SmartReview.Host.Web;

/// <summary>What a page shows of a rule: its name in the reader's language and the knowledge entry a flag cites, from the pack in force.</summary>
internal sealed class RuleBook(PackRegistry packs)
{
    public string Name(string ruleId) =>
        packs.Current.Find(ruleId)?.Definition.Name.In(CultureInfo.CurrentUICulture.Name) ?? ruleId;

    /// <summary>Every rule of the pack in force, by id, named in the reader's language: what a rule picker offers.</summary>
    public IReadOnlyList<RuleChoice> InForce() =>
        [.. packs.Current.Rules.Select(r => new RuleChoice(r.Definition.Id, r.Definition.Name.In(CultureInfo.CurrentUICulture.Name)))
            .DistinctBy(r => r.Id).OrderBy(r => r.Id, StringComparer.Ordinal)];

    public KnowledgeEntry? Knowledge(string? id) => id is null ? null : packs.Current.Source.Knowledge.Find(id);

    /// <summary>Whether an entry's source is the starter pack's made-up marker ("synthetic"), which reviewers are not shown.</summary>
    public static bool IsSynthetic(string source) => source.Equals("synthetic", StringComparison.OrdinalIgnoreCase);
}
