using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// low_standard_admission: a stay of at most <c>max_stay_days</c> (default 3) with no operation whose exam and lab
/// share of the total is at least <c>min_exam_lab_share</c> (default 0.6) and, when the rule names knowledge, whose
/// main diagnosis is one of its codes. Planted as a short unoperated stay topped up with exams; background stays that
/// could qualify get enough treatment and drugs to stay clear of the share.
/// </summary>
internal sealed class LowStandardAdmissionPlanter : RulePlanter
{
    private const decimal Margin = 0.03m;
    private readonly int _maxStay;
    private readonly decimal _minShare;
    private readonly CodePatterns? _diagnoses;
    private readonly List<Diagnosis> _mains = [];

    public LowStandardAdmissionPlanter(CompiledRule rule, IReadOnlyList<KnowledgeEntry> entries) : base(rule)
    {
        ValueReader p = Reader(rule.Definition.Parameters);
        _maxStay = p.Int("max_stay_days", 1, 60, 3);
        _minShare = p.Decimal("min_exam_lab_share", 0, 1, 0.6m);
        if (entries.Count > 0)
        {
            _diagnoses = new CodePatterns(entries.SelectMany(e => e.Codes));
            foreach (KnowledgeEntry entry in entries)
            {
                foreach (string code in entry.Codes)
                {
                    if (DiagnosisCode(code) is string full)
                    {
                        _mains.Add(new Diagnosis(full, entry.ItemName, true));
                    }
                }
            }
        }
    }

    public override bool CanPlant => _minShare + Margin < 1 && (_diagnoses is null || _mains.Count > 0);

    public override bool ShapesStay => true;

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        plan.MaxLos = Math.Min(plan.MaxLos, _maxStay);
        plan.NoOperation = true;
        if (_mains.Count > 0)
        {
            plan.MainDiagnosis = c.Rng.Pick(_mains);
        }

        return plan.MaxLos >= plan.MinLos;
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        decimal target = Math.Min(0.995m, _minShare + Margin);
        for (int i = 0; i < 120; i++)
        {
            if (d.Total > 0 && d.ExamAndLab() / d.Total >= target)
            {
                return true;
            }

            CatalogueItem? exam = c.Catalogue.DrawFree(c.Rng.Chance(0.6) ? ItemCategory.Exam : ItemCategory.Lab, c.Rng);
            if (exam is null)
            {
                return false;
            }

            c.AddFree(d, exam, c.Lines.RandomDay(d));
        }

        return false;
    }

    public override void Guard(StayDraft d, PlantingContext c)
    {
        decimal ceiling = _minShare - Margin;
        if (!AppliesTo(d) || !Qualifies(d) || ceiling <= 0)
        {
            return;
        }

        for (int i = 0; i < 100 && d.Total > 0 && d.ExamAndLab() / d.Total >= ceiling; i++)
        {
            CatalogueItem? filler = c.Catalogue.DrawFree(c.Rng.Chance(0.7) ? ItemCategory.Drug : ItemCategory.Treatment, c.Rng);
            if (filler is null)
            {
                return;
            }

            decimal needed = d.ExamAndLab() / ceiling - d.Total;
            decimal price = d.Facility.PriceOf(filler);
            decimal quantity = Math.Clamp(decimal.Ceiling(needed / price), filler.MinQuantity, Math.Max(filler.MaxQuantity, 20));
            DraftLine line = c.Lines.Create(d, filler, c.Lines.RandomDay(d), quantity);
            d.Add(line);
        }
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        decimal share = d.Total == 0 ? 0 : (d.AmountIn(ItemCategory.Exam) + d.AmountIn(ItemCategory.Lab)) / d.Total;
        if (Qualifies(d) && share >= _minShare)
        {
            into.Add(new ExpectedFlag(Index, -1, [], null));
        }
    }

    private bool Qualifies(StayDraft d) =>
        d.LengthOfStay <= _maxStay && d.Operations.Count == 0 && (_diagnoses?.Matches(d.MainDiagnosis.Code) ?? true);

    /// <summary>A knowledge diagnosis code or prefix as a full ICD-10 code a stay can carry (J18* → J18.900).</summary>
    private static string? DiagnosisCode(string pattern)
    {
        string key = pattern.EndsWith('*') ? pattern[..^1] : pattern;
        string full = !pattern.EndsWith('*') ? key : key.Length == 3 ? key + ".900" : key.EndsWith('.') ? key + "900" : key;
        return CodeFormats.IsDiagnosis(full) && (pattern.EndsWith('*') ? full.StartsWith(key, StringComparison.Ordinal) : full == key) ? full : null;
    }
}
