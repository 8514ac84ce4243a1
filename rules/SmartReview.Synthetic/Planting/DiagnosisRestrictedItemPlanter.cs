using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// diagnosis_restricted_item: an item payable only for indications (attribute <c>diagnoses</c>, codes or prefixes)
/// charged on a stay with none of them. Background uses need a matching diagnosis; plants pick an entry none matches.
/// An item planted for another rule on a stay without an indication gets one: a fitting secondary diagnosis.
/// </summary>
internal sealed class DiagnosisRestrictedItemPlanter(CompiledRule rule)
    : ItemRestrictionPlanter<DiagnosisRestrictedItemPlanter.Limit>(rule, Read)
{
    internal sealed record Limit(CodePatterns Diagnoses, DiagnosisTemplate[] Indications);

    private Random _rng = new(0);

    /// <summary>Several items of a class: a drug class's items are often restricted by other rules too (indications in words).</summary>
    protected override int ItemsTried => 12;

    public override void Bind(PlantingContext context)
    {
        base.Bind(context);
        _rng = context.Rng;
    }

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit)
    {
        foreach (var diagnosis in d.Diagnoses)
        {
            if (limit.Diagnoses.Matches(diagnosis.Code))
            {
                return false;
            }
        }

        return true;
    }

    public override Action? Accommodate(StayDraft d, DraftLine line, CoverageHit hit, PlantingContext c)
    {
        int age = d.Person.AgeInYears(DateOnly.FromDayNumber(d.AdmissionDay));
        DiagnosisTemplate[] fitting = [.. Limits[hit.Entry].Indications.Where(t => t.Fits(d.Person.Sex, age) && !d.Diagnoses.Exists(x => x.Code == t.Code))];
        if (fitting.Length == 0 || d.Diagnoses.Count >= DiagnosisTemplates.MostDiagnoses)
        {
            return null;
        }

        Diagnosis added = fitting[_rng.Next(fitting.Length)].AsSecondary;
        d.Diagnoses.Add(added);
        return () => d.Diagnoses.Remove(added);
    }

    public override bool Suits(Person person, int admissionDay, int dischargeDay, CoverageHit hit)
    {
        int age = person.AgeInYears(DateOnly.FromDayNumber(admissionDay));
        DiagnosisTemplate[] indications = Limits[hit.Entry].Indications;
        return indications.Length == 0 || Array.Exists(indications, t => t.Fits(person.Sex, age));
    }

    private static Limit Read(ValueReader a)
    {
        var diagnoses = new CodePatterns(a.Strings("diagnoses", required: true));
        return new Limit(diagnoses, [.. DiagnosisTemplates.Secondary.Where(t => diagnoses.Matches(t.Code))]);
    }
}
