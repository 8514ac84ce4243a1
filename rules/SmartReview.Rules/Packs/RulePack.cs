using SmartReview.Rules.Knowledge;

namespace SmartReview.Rules.Packs;

/// <summary>A versioned set of rules with the knowledge they read.</summary>
public sealed record RulePack(string Id, string Version, string Region, IReadOnlyList<RuleDefinition> Rules, KnowledgeBase Knowledge)
{
    public string Label => $"{Id}@{Version}";
}
