using System.Text.Json;

namespace SmartReview.Rules.Packs;

/// <summary>One rule of a pack, as data: a family instance with its parameters and knowledge set.</summary>
public sealed record RuleDefinition
{
    public required string Id { get; init; }

    /// <summary>Official code (GZ/ZB…) where the national framework has one.</summary>
    public string? Code { get; init; }
    public required LocalizedText Name { get; init; }
    public required string Family { get; init; }
    public IReadOnlyDictionary<string, JsonElement> Parameters { get; init; } = new Dictionary<string, JsonElement>();

    /// <summary>Name of the knowledge set the rule reads, for families keyed on item codes.</summary>
    public string? Knowledge { get; init; }

    /// <summary>Optional slice of the knowledge set: only entries with a code matching one of these (codes or prefixes ending in *).</summary>
    public IReadOnlyList<string> KnowledgeCodes { get; init; } = [];
    public required ResultType Result { get; init; }
    public required Severity Severity { get; init; }
    public required DateOnly EffectiveFrom { get; init; }
    public DateOnly? EffectiveTo { get; init; }
    public bool Enabled { get; init; } = true;
    public RuleScope Scope { get; init; } = RuleScope.All;

    /// <summary>The pack (id@version) that defined the rule or last overrode it; flags carry it.</summary>
    public string? Pack { get; init; }

    public bool InForceOn(DateOnly date) => date >= EffectiveFrom && (EffectiveTo is null || date <= EffectiveTo);
}
