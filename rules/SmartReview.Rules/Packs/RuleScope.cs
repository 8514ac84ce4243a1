using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Packs;

/// <summary>Which settlements a rule applies to. An empty list means all.</summary>
public sealed record RuleScope(IReadOnlyList<Scheme> Schemes, IReadOnlyList<CareSetting> Settings, IReadOnlyList<int> Levels)
{
    public static readonly RuleScope All = new([], [], []);

    public bool Covers(Settlement s) =>
        (Schemes.Count == 0 || Schemes.Contains(s.Scheme))
        && (Settings.Count == 0 || Settings.Contains(s.Setting))
        && (Levels.Count == 0 || Levels.Contains(s.Facility.Level));
}
