using SmartReview.Rules.Engine;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// The generator's side of one rule: which codes it reads, how to plant a violation of it, how to keep background
/// lines within it, and — written from the family's documented semantics, independently of the engine — which flags
/// it must raise on a finished stay. One subclass per family.
/// </summary>
internal abstract class RulePlanter(CompiledRule rule)
{
    public CompiledRule Rule { get; } = rule;

    public RuleDefinition Definition => Rule.Definition;

    /// <summary>The rule's position in the compiled pack.</summary>
    public int Index => Rule.Index;

    public string Family => Definition.Family;

    /// <summary>Item codes (and prefixes) the rule reads on lines, by entry and role.</summary>
    public virtual IEnumerable<CoveragePattern> Patterns => [];

    /// <summary>False when the rule cannot be planted with this pack (no usable entry, an impossible parameter).</summary>
    public virtual bool CanPlant => true;

    /// <summary>False for a rule that judges no single stay (a facility's month): it is neither planted nor reported unplantable.</summary>
    public virtual bool JudgesStays => true;

    /// <summary>True when planting needs a particular stay shape (level, setting, length…): such a rule is planted only as the main violation.</summary>
    public virtual bool ShapesStay => false;

    /// <summary>True when a plant bills an item of every role of an entry together (both sides of a pair), false when one item will do.</summary>
    public virtual bool BillsEveryRole => false;

    /// <summary>True when the violation lies in the planted lines' quantity or price (a limit, a cap): a compound plant keeps them as planted.</summary>
    public virtual bool PlantsAmounts => false;

    /// <summary>Looks up the catalogue items of the rule's entries; called once, when the catalogue is built.</summary>
    public virtual void Bind(PlantingContext context) { }

    /// <summary>Narrows the plan so the violation can be planted. False when it cannot.</summary>
    public virtual bool Shape(StayPlan plan, PlantingContext c) => true;

    /// <summary>Plants a violation into a filled stay, atomically. False when this stay does not allow it.</summary>
    public abstract bool Plant(StayDraft d, PlantingContext c);

    /// <summary>May a background line covered by <paramref name="hit"/> stay? The planter may lower its price or quantity first.</summary>
    public virtual bool Admit(StayDraft d, DraftLine line, CoverageHit hit) => true;

    /// <summary>
    /// Changes the stay so that a planted line this rule refuses may stay (bills the item it needs, adds a diagnosis
    /// that makes it payable); returns how to undo the change, or null when the rule cannot be satisfied that way.
    /// </summary>
    public virtual Action? Accommodate(StayDraft d, DraftLine line, CoverageHit hit, PlantingContext c) => null;

    /// <summary>Whether a stay of <paramref name="person"/> between these days could have a line of <paramref name="hit"/> admitted (with <see cref="Accommodate"/>).</summary>
    public virtual bool Suits(Person person, int admissionDay, int dischargeDay, CoverageHit hit) => true;

    /// <summary>True when the rule refuses every line of <paramref name="hit"/> outside its own plants (a restriction in words).</summary>
    public virtual bool RefusesEvery(CoverageHit hit) => false;

    /// <summary>The care settings in which a line of <paramref name="hit"/> may be charged; null for any.</summary>
    public virtual IReadOnlyList<CareSetting>? SettingsFor(CoverageHit hit) => null;

    /// <summary>Background guard after filling, when this rule's family is not planted (trim totals, balance shares).</summary>
    public virtual void Guard(StayDraft d, PlantingContext c) { }

    /// <summary>Adds the flags this rule must raise on the finished stay; <paramref name="hits"/> are its own, sorted.</summary>
    public abstract void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into);

    /// <summary>Enabled, in force on the discharge date and in scope (scheme, setting, facility level).</summary>
    public bool AppliesTo(StayDraft d) => AppliesTo(d.Scheme, d.Setting, d.Facility.Level, d.DischargeDay);

    /// <summary>Whether the rule judges a stay of this scheme, setting and facility level, discharged on <paramref name="dischargeDay"/>.</summary>
    public bool AppliesTo(Scheme scheme, CareSetting setting, int level, int dischargeDay)
    {
        RuleDefinition rule = Definition;
        RuleScope scope = rule.Scope;
        return rule.Enabled && rule.InForceOn(DateOnly.FromDayNumber(dischargeDay))
            && (scope.Schemes.Count == 0 || scope.Schemes.Contains(scheme))
            && (scope.Settings.Count == 0 || scope.Settings.Contains(setting))
            && (scope.Levels.Count == 0 || scope.Levels.Contains(level));
    }

    /// <summary>Reads parameters or attributes with the pack's own reader; the pack compiled, so errors cannot occur.</summary>
    protected static ValueReader Reader(IReadOnlyDictionary<string, System.Text.Json.JsonElement> values) => new(values, "", "", []);
}
