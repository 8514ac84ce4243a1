using SmartReview.Rules.Knowledge;

namespace SmartReview.Rules.Engine;

/// <summary>An index from a code (diagnosis, operation, item) to the knowledge entries that name it, exactly or by prefix.</summary>
internal static class EntryIndex
{
    public static CodeIndex Of(IReadOnlyList<KnowledgeEntry> entries) =>
        new(entries.SelectMany((e, i) => e.Codes.Select(c => (c, new Hit(0, i, -1, 0)))));
}
