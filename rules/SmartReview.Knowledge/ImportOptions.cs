namespace SmartReview.Knowledge;

/// <summary>Choices for an import. Every default is written into the report.</summary>
public sealed record ImportOptions
{
    /// <summary>Oldest age, in whole years, that still counts as a child for children-only points (儿童专用, 限儿童)
    /// whose wording gives no age. Default 17: under 18, the age of majority.</summary>
    public int ChildMaxAgeYears { get; init; } = 17;

    /// <summary>Oldest age, in days, of a newborn (新生儿). Default 28, the neonatal period.</summary>
    public int NewbornMaxAgeDays { get; init; } = 28;

    /// <summary>Another indication catalogue (JSON Lines, phrase → ICD-10 prefixes) instead of the synthetic one.</summary>
    public string? IndicationCataloguePath { get; init; }

    /// <summary>Another rule table instead of the embedded Data/rule-map.json.</summary>
    public string? RuleMapPath { get; init; }

    /// <summary>Other wording patterns instead of the embedded Data/wording-patterns.json.</summary>
    public string? WordingPatternsPath { get; init; }

    /// <summary>Compile every written set with its family (PackCompiler) and report the errors. Default true.</summary>
    public bool Validate { get; init; } = true;
}
