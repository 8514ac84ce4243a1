using SmartReview.Rules.Knowledge;

namespace SmartReview.Rules.Packs;

/// <summary>
/// A versioned set of rules with the knowledge they read. A pack may extend a base pack (<see cref="Extends"/>): it
/// inherits the base's rules and knowledge, overrides some, and adds its own.
/// </summary>
public sealed record RulePack(string Id, string Version, string Region, IReadOnlyList<RuleDefinition> Rules, KnowledgeBase Knowledge,
    string? Extends = null)
{
    public string Label => $"{Id}@{Version}";
}
