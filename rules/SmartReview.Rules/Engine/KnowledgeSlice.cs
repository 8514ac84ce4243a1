using SmartReview.Rules.Knowledge;

namespace SmartReview.Rules.Engine;

/// <summary>A rule's slice of its knowledge set (<c>knowledge_codes</c>): the entries with a code in the slice, each keeping only those codes.</summary>
public static class KnowledgeSlice
{
    public static IReadOnlyList<KnowledgeEntry> Of(IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<string> slice)
    {
        if (slice.Count == 0)
        {
            return entries;
        }

        var patterns = new CodePatterns(slice);
        return [.. entries.Select(e => e with { Codes = [.. e.Codes.Where(c => patterns.Matches(c.TrimEnd('*')) || slice.Contains(c))] })
            .Where(e => e.Codes.Count > 0)];
    }
}
