namespace SmartReview.Knowledge.Reporting;

/// <summary>The choices an import ran with (from <see cref="ImportOptions"/>), as the report records them.</summary>
public sealed record ImportSettings(
    int ChildMaxAgeYears, int NewbornMaxAgeDays, string IndicationCatalogue, int CataloguePhrases, string RuleMap, string WordingPatterns);
