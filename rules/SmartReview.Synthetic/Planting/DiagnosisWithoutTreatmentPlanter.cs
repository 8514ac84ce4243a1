using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// diagnosis_without_treatment: the main diagnosis is covered by an entry (diagnosis codes or prefixes) and no line's
/// code matches the entry's <c>treatments</c>; one flag per such entry, no lines. Planted on a stay with such a main
/// diagnosis by leaving out every line of its treatments; background stays with one get at least one treatment line.
/// </summary>
internal sealed class DiagnosisWithoutTreatmentPlanter : RulePlanter
{
    private const byte Treatment = 1;
    private readonly CodePatterns[] _diagnoses;
    private readonly string[][] _treatments;
    private readonly (int Entry, Diagnosis Main)[] _mains;
    private CatalogueItem[][] _items = [];

    public DiagnosisWithoutTreatmentPlanter(CompiledRule rule) : base(rule)
    {
        _diagnoses = [.. rule.Entries.Select(e => new CodePatterns(e.Codes))];
        _treatments = [.. rule.Entries.Select(e => Reader(e.Attributes).Strings("treatments", required: true).ToArray())];
        _mains = [.. rule.Entries.SelectMany((e, i) => e.Codes.Select(p => ClinicalCodes.Diagnosis(p, e.ItemName))
            .OfType<(string Code, string Name)>().Select(k => (i, new Diagnosis(k.Code, k.Name, true))))];
    }

    public override IEnumerable<CoveragePattern> Patterns =>
        _treatments.SelectMany((t, i) => t.Select(code => new CoveragePattern(code, new CoverageHit(Index, i, Treatment))));

    public override bool CanPlant => _mains.Length > 0;

    public override bool ShapesStay => true;

    public override void Bind(PlantingContext context) =>
        _items = [.. Enumerable.Range(0, _treatments.Length).Select(i => context.Catalogue.ItemsFor(new CoverageHit(Index, i, Treatment))
            .OrderBy(item => item.FromKnowledge).ToArray())];

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        Diagnosis main = c.Rng.Pick(_mains).Main;
        plan.MainDiagnosis = main;
        if (DiagnosisTemplates.Main.FirstOrDefault(t => t.Code == main.Code) is { } template)
        {
            plan.RequirePerson((p, _, discharge) => template.Fits(p.Sex, p.AgeInYears(DateOnly.FromDayNumber(discharge))));
        }

        return true;
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        var treatments = new List<DraftLine>();
        bool covered = false;
        for (int i = 0; i < _diagnoses.Length; i++)
        {
            if (_diagnoses[i].Matches(d.MainDiagnosis.Code))
            {
                covered = true;
                treatments.AddRange(d.Lines.Where(l => Treats(l, i)));
            }
        }

        if (!covered || treatments.Any(l => l.Planted))
        {
            return false;
        }

        foreach (DraftLine line in treatments)
        {
            d.Remove(line);
        }

        return true;
    }

    public override void Guard(StayDraft d, PlantingContext c)
    {
        if (!AppliesTo(d))
        {
            return;
        }

        for (int i = 0; i < _diagnoses.Length; i++)
        {
            if (_diagnoses[i].Matches(d.MainDiagnosis.Code) && !d.Lines.Any(l => Treats(l, i)))
            {
                Treat(d, c, i);
            }
        }
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        for (int i = 0; i < _diagnoses.Length; i++)
        {
            if (_diagnoses[i].Matches(d.MainDiagnosis.Code) && !Treated(hits, i))
            {
                into.Add(new ExpectedFlag(Index, i, [], null));
            }
        }
    }

    private static bool Treated(ReadOnlySpan<LineHit> hits, int entry)
    {
        foreach (LineHit hit in hits)
        {
            if (hit.Entry == entry && hit.Role == Treatment)
            {
                return true;
            }
        }

        return false;
    }

    private bool Treats(DraftLine line, int entry)
    {
        foreach (CoverageHit hit in line.Item.Hits)
        {
            if (hit.Rule == Index && hit.Entry == entry && hit.Role == Treatment)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Adds one treatment line of the entry (a catalogue drug when the entry covers one, else a knowledge item), on a day of the stay.</summary>
    private void Treat(StayDraft d, PlantingContext c, int entry)
    {
        CatalogueItem[] items = _items[entry];
        int synthetic = items.Count(item => !item.FromKnowledge);
        int pool = synthetic > 0 ? synthetic : items.Length;
        for (int attempt = 0; attempt < 8 && pool > 0; attempt++)
        {
            if (c.TryAdd(d, c.Lines.Create(d, items[c.Rng.Next(pool)], c.Lines.RandomDay(d))))
            {
                return;
            }
        }
    }
}
