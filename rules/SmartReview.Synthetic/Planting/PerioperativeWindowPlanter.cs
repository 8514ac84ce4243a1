using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// perioperative_window: the knowledge's antibiotics charged more than <c>max_hours</c> (default 48) after the main
/// operation, unless a diagnosis matches <c>infection_diagnoses</c> (therapeutic use); one flag with every late line.
/// The background gives them only within the window; a plant is an operated stay, with no infection, long enough
/// to charge one a day or more after it.
/// </summary>
internal sealed class PerioperativeWindowPlanter : RulePlanter
{
    private readonly int _maxHours;
    private readonly CodePatterns _infections;
    private readonly DiagnosisTemplate[] _operable;
    private int[] _usable = [];

    public PerioperativeWindowPlanter(CompiledRule rule) : base(rule)
    {
        ValueReader p = Reader(rule.Definition.Parameters);
        _maxHours = p.Int("max_hours", 1, 24 * 30, 48);
        _infections = new CodePatterns(p.Has("infection_diagnoses") ? p.Strings("infection_diagnoses", true) : []);
        _operable = [.. DiagnosisTemplates.Main.Where(t => t.Operations.Length > 0 && t.Sex is null && !_infections.Matches(t.Code))];
    }

    public override IEnumerable<CoveragePattern> Patterns =>
        Rule.Entries.SelectMany((e, i) => e.Codes.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, 0))));

    public override bool CanPlant => _usable.Length > 0 && _operable.Length > 0;

    public override bool ShapesStay => true;

    public override void Bind(PlantingContext context) =>
        _usable = [.. Enumerable.Range(0, Rule.Entries.Count).Where(i => context.Catalogue.ItemsFor(new CoverageHit(Index, i, 0)).Count > 0)];

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        DiagnosisTemplate main = c.Rng.Pick(_operable);
        plan.MainDiagnosis = main.AsMain;
        plan.Operated = true;
        plan.MinLevel = Math.Max(plan.MinLevel, 2);
        plan.RestrictSettings([CareSetting.Inpatient]);
        plan.RequirePerson((person, admission, _) => main.Fits(person.Sex, person.AgeInYears(DateOnly.FromDayNumber(admission))));
        plan.MinLos = Math.Max(plan.MinLos, (_maxHours + 23) / 24 + 3);
        return plan.MinLos <= plan.MaxLos;
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        if (Deadline(d) is not DateTime deadline)
        {
            return false;
        }

        int first = ChinaTime.Date(deadline).DayNumber + 1;
        if (first > d.DischargeDay)
        {
            return false;
        }

        CatalogueItem item = c.Rng.Pick(c.Candidates(new CoverageHit(Index, c.Rng.Pick(_usable), 0), Family));
        DraftLine line = c.Lines.Create(d, item, first + c.Rng.Next(d.DischargeDay - first + 1));
        if (!c.TryAdd(d, line, exceptFamily: Family))
        {
            return false;
        }

        line.Planted = true;
        return true;
    }

    public override bool Admit(StayDraft d, DraftLine line, CoverageHit hit) => Deadline(d) is not DateTime deadline || line.ChargedAt <= deadline;

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (Deadline(d) is not DateTime deadline)
        {
            return;
        }

        var late = new SortedSet<int>();
        foreach (LineHit hit in hits)
        {
            if (d.Lines[hit.Line].ChargedAt > deadline)
            {
                late.Add(hit.Line);
            }
        }

        if (late.Count > 0)
        {
            into.Add(new ExpectedFlag(Index, -1, [.. late], null));
        }
    }

    /// <summary>The end of the window, or null when the stay is not checked (no timed main operation, or an infection).</summary>
    private DateTime? Deadline(StayDraft d)
    {
        DateTime? operated = d.Operations.FirstOrDefault(o => o.Main)?.PerformedAt;
        return operated is null || d.Diagnoses.Any(x => _infections.Matches(x.Code)) ? null : operated.Value.AddHours(_maxHours);
    }
}
