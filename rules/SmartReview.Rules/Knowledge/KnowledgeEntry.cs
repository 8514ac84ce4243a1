using System.Text.Json;

namespace SmartReview.Rules.Knowledge;

/// <summary>
/// One knowledge point: the national codes it covers (a trailing <c>*</c> makes a prefix), the item, the official
/// wording and the structured attributes a family reads (sex, age band, level, caps…).
/// </summary>
public sealed record KnowledgeEntry
{
    public required string Id { get; init; }
    public required string Set { get; init; }
    public required IReadOnlyList<string> Codes { get; init; }
    public required string ItemName { get; init; }

    /// <summary>The official wording, shown to the reviewer.</summary>
    public string Text { get; init; } = "";
    public IReadOnlyDictionary<string, JsonElement> Attributes { get; init; } = new Dictionary<string, JsonElement>();
    public string? Source { get; init; }

    /// <summary>Where the entry was read (file:line), for error messages.</summary>
    public string? Location { get; init; }
}
