using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// contraindication: an item charged on a stay with a diagnosis that contraindicates it (attribute <c>diagnoses</c>,
/// codes or prefixes). The background bills such an item only when no diagnosis matches; a plant bills it on a stay
/// that has one, adding a fitting secondary diagnosis (pregnancy, a pacemaker…) when the stay has none.
/// </summary>
internal sealed class ContraindicationPlanter(CompiledRule rule) : ItemRestrictionPlanter<ContraindicationPlanter.Limit>(rule, Read)
{
    internal sealed record Limit(CodePatterns Diagnoses, DiagnosisTemplate[] Candidates);

    private Random _rng = new(0);
    private Diagnosis? _added;

    protected override int ItemsTried => 12;

    public override void Bind(PlantingContext context)
    {
        base.Bind(context);
        _rng = context.Rng;
    }

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        DiagnosisTemplate[] candidates = [.. Limits.Where((_, i) => Usable(i)).SelectMany(l => l.Candidates)];
        plan.RequirePerson((p, admission, _) => candidates.Any(t => t.Fits(p.Sex, p.AgeInYears(DateOnly.FromDayNumber(admission)))));
        return candidates.Length > 0;
    }

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => d.Diagnoses.Exists(x => limit.Diagnoses.Matches(x.Code));

    protected override bool Spoil(StayDraft d, DraftLine line, Limit limit)
    {
        _added = null;
        if (Breaks(d, line, limit))
        {
            return true;
        }

        int age = d.Person.AgeInYears(DateOnly.FromDayNumber(d.AdmissionDay));
        DiagnosisTemplate[] fitting = [.. limit.Candidates.Where(t => t.Fits(d.Person.Sex, age))];
        if (fitting.Length == 0)
        {
            return false;
        }

        _added = fitting[_rng.Next(fitting.Length)].AsSecondary;
        d.Diagnoses.Add(_added);
        return true;
    }

    protected override void Unspoil(StayDraft d, DraftLine line, Limit limit)
    {
        if (_added is not null)
        {
            d.Diagnoses.Remove(_added);
        }
    }

    private static Limit Read(ValueReader a)
    {
        var diagnoses = new CodePatterns(a.Strings("diagnoses", required: true));
        return new Limit(diagnoses, [.. DiagnosisTemplates.Conditions.Concat(DiagnosisTemplates.Comorbidities.Select(c => c.Diagnosis))
            .Where(t => diagnoses.Matches(t.Code))]);
    }
}
