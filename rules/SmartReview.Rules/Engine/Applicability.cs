using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Engine;

/// <summary>
/// A rule's enabled flag, dates in force and scope, flattened for the check the scorer makes for each rule and
/// settlement: day numbers and one bit per scheme, setting and level (all bits when the scope lists none). Values
/// beyond the bits (never in practice) are checked against the scope itself.
/// </summary>
internal readonly struct Applicability
{
    private readonly RuleDefinition _definition;
    private readonly bool _enabled;
    private readonly int _from, _to;
    private readonly uint _schemes, _settings, _levels;

    public Applicability(RuleDefinition definition)
    {
        _definition = definition;
        _enabled = definition.Enabled;
        _from = definition.EffectiveFrom.DayNumber;
        _to = definition.EffectiveTo?.DayNumber ?? int.MaxValue;
        RuleScope scope = definition.Scope;
        _schemes = Bits(scope.Schemes.Select(s => (int)s));
        _settings = Bits(scope.Settings.Select(s => (int)s));
        _levels = Bits(scope.Levels);
    }

    /// <summary>Whether the rule, judging on <paramref name="date"/> (see <see cref="ScreeningBasis"/>), covers a stay with this scheme, setting and facility level.</summary>
    public bool Covers(DateOnly date, Scheme scheme, CareSetting setting, int level)
    {
        int day = date.DayNumber;
        if (!_enabled || day < _from || day > _to)
        {
            return false;
        }

        if ((uint)scheme >= 32 || (uint)setting >= 32 || (uint)level >= 32)
        {
            return _definition.Scope.Covers(scheme, setting, level);
        }

        return ((_schemes >> (int)scheme) & (_settings >> (int)setting) & (_levels >> level) & 1) != 0;
    }

    private static uint Bits(IEnumerable<int> values)
    {
        uint bits = 0;
        bool any = false;
        foreach (int v in values)
        {
            any = true;
            bits |= (uint)v < 32 ? 1u << v : 0;
        }

        return any ? bits : uint.MaxValue;
    }
}
