namespace SmartReview.Knowledge.Packs;

/// <summary>What following the knowledge changed in a pack: its version, the rules added (ids), the rules removed
/// because their set was emptied, and the knowledge files added to or removed from its list.</summary>
public sealed record PackUpdate(
    string VersionBefore,
    string VersionAfter,
    IReadOnlyList<string> RulesAdded,
    IReadOnlyList<string> RulesRemoved,
    IReadOnlyList<string> KnowledgeAdded,
    IReadOnlyList<string> KnowledgeRemoved)
{
    public bool Changed => VersionBefore != VersionAfter;
}
