using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Packs;

/// <summary>Which settlements a rule applies to. An empty list means all.</summary>
public sealed record RuleScope(IReadOnlyList<Scheme> Schemes, IReadOnlyList<CareSetting> Settings, IReadOnlyList<int> Levels)
{
    public static readonly RuleScope All = new([], [], []);

    public bool Covers(Settlement s) => Covers(s.Scheme, s.Setting, s.Facility.Level);

    public bool Covers(Scheme scheme, CareSetting setting, int level) =>
        (Schemes.Count == 0 || Schemes.Contains(scheme))
        && (Settings.Count == 0 || Settings.Contains(setting))
        && (Levels.Count == 0 || Levels.Contains(level));
}
