namespace SmartReview.Knowledge.Reporting;

/// <summary>
/// How much of the national framework the rule table maps: rules decidable from a settlement (data S, S+H), how many
/// of them map to a family, the names of those that do not, and how many points of rules the table lacks (framework
/// rules not mapped, or rules unknown to the framework) were kept text-only under the generic rule.
/// </summary>
public sealed record FrameworkCoverage(int FrameworkRules, int Decidable, int Mapped, IReadOnlyList<string> Unmapped, int PointsOfUnmappedRules, int PointsOfUnknownRules);
