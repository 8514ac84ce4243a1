using System.Runtime.InteropServices;
using System.Text.Json;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// The planters of a pack, by rule index: admits background lines against every rule that reads their code, runs the
/// background guards and evaluates the rule model on a finished stay. Rules of a family the generator does not know
/// have no planter: their codes are kept out of the background, and they are reported as unsupported.
/// </summary>
internal sealed class PlanterSet
{
    private readonly RulePlanter?[] _byRule;
    private readonly List<LineHit> _hits = new(256);

    public PlanterSet(CompiledPack pack)
    {
        _byRule = [.. pack.Rules.Select(r => Create(r, pack))];
        All = [.. _byRule.OfType<RulePlanter>()];
        Unsupported = [.. pack.Rules.Where(r => _byRule[r.Index] is null).Select(r => r.Definition.Id)];
        Patterns = [.. All.SelectMany(p => p.Patterns), .. pack.Rules.Where(r => _byRule[r.Index] is null).SelectMany(r => UnknownPatterns(r, KnowledgeOf(r, pack)))];
        SplitIntervalDays = All.OfType<SplitAdmissionPlanter>().Select(p => p.IntervalDays).DefaultIfEmpty(0).Max();
        AdmissionLimits = [.. All.OfType<VisitFrequencyPlanter>().Select(p => (p.MaxAdmissions, p.WindowDays))];
        NeedsNewborns = All.OfType<AgeRestrictedItemPlanter>().Any(p => p.Definition.Enabled && p.ForNewborns);
    }

    /// <summary>Some enabled rule restricts items to the first days of life: the person pool has neonates all year.</summary>
    public bool NeedsNewborns { get; }

    public IReadOnlyList<RulePlanter> All { get; }

    public IReadOnlyList<string> Unsupported { get; }

    /// <summary>Every item code any rule reads (for unknown families: every code in their knowledge).</summary>
    public IReadOnlyList<CoveragePattern> Patterns { get; }

    /// <summary>The largest split-admission interval: one person's stays are kept further apart than this.</summary>
    public int SplitIntervalDays { get; }

    /// <summary>Admissions allowed per window of days, one per admission-frequency rule: the background stays below each.</summary>
    public IReadOnlyList<(int Max, int Window)> AdmissionLimits { get; }

    /// <summary>The planter of the rule at <paramref name="rule"/> in the pack, or null for an unknown family.</summary>
    public RulePlanter? Of(int rule) => _byRule[rule];

    public void Bind(PlantingContext context)
    {
        foreach (RulePlanter planter in All)
        {
            planter.Bind(context);
        }
    }

    /// <summary>True when every applicable rule reading the line's code (but those of <paramref name="exceptFamily"/>) allows it; planters may adjust it.</summary>
    public bool TryAdmit(StayDraft d, DraftLine line, string? exceptFamily)
    {
        foreach (CoverageHit hit in line.Item.Hits)
        {
            RulePlanter? planter = _byRule[hit.Rule];
            if (planter is null)
            {
                return false;
            }

            if (planter.Family != exceptFamily && planter.AppliesTo(d) && !planter.Admit(d, line, hit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Like <see cref="TryAdmit"/>, but each rule refusing the line may first change the stay so that it admits it;
    /// when the line is still refused every change is undone.
    /// </summary>
    public bool TryAccommodate(StayDraft d, DraftLine line, string? exceptFamily, PlantingContext context)
    {
        if (TryAdmit(d, line, exceptFamily))
        {
            return true;
        }

        var undo = new List<Action>();
        foreach (CoverageHit hit in line.Item.Hits)
        {
            RulePlanter? planter = _byRule[hit.Rule];
            if (planter is not null && planter.Family != exceptFamily && planter.AppliesTo(d) && !planter.Admit(d, line, hit)
                && planter.Accommodate(d, line, hit, context) is { } change)
            {
                undo.Add(change);
            }
        }

        if (undo.Count > 0 && TryAdmit(d, line, exceptFamily))
        {
            return true;
        }

        undo.Reverse();
        undo.ForEach(u => u());
        return false;
    }

    /// <summary>Whether every rule reading an item (its <paramref name="hits"/>) but those of <paramref name="exceptFamily"/> could admit it on a stay of the person.</summary>
    public bool Suit(Person person, int admissionDay, int dischargeDay, CoverageHit[] hits, string? exceptFamily)
    {
        foreach (CoverageHit hit in hits)
        {
            RulePlanter? planter = _byRule[hit.Rule];
            if (planter is null || planter.Family != exceptFamily && !planter.Suits(person, admissionDay, dischargeDay, hit))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Runs the background guards of every rule whose family is not among <paramref name="planted"/>.</summary>
    public void Guard(StayDraft d, PlantingContext context, IReadOnlyCollection<string> planted)
    {
        foreach (RulePlanter planter in All)
        {
            if (!planted.Contains(planter.Family))
            {
                planter.Guard(d, context);
            }
        }
    }

    /// <summary>The flags the pack must raise on the finished stay, by the generator's own model of each family.</summary>
    public List<ExpectedFlag> Evaluate(StayDraft d)
    {
        _hits.Clear();
        for (int i = 0; i < d.Lines.Count; i++)
        {
            foreach (CoverageHit hit in d.Lines[i].Item.Hits)
            {
                _hits.Add(new LineHit(hit.Rule, hit.Entry, i, hit.Role));
            }
        }

        Span<LineHit> hits = CollectionsMarshal.AsSpan(_hits);
        hits.Sort();
        var flags = new List<ExpectedFlag>();
        int start = 0;
        foreach (RulePlanter planter in All)
        {
            while (start < hits.Length && hits[start].Rule < planter.Index)
            {
                start++;
            }

            int end = start;
            while (end < hits.Length && hits[end].Rule == planter.Index)
            {
                end++;
            }

            if (planter.AppliesTo(d))
            {
                planter.Evaluate(d, hits[start..end], flags);
            }

            start = end;
        }

        return flags;
    }

    private static RulePlanter? Create(CompiledRule rule, CompiledPack pack) => rule.Definition.Family switch
    {
        "sex_restricted_item" => new SexRestrictedItemPlanter(rule),
        "age_restricted_item" => new AgeRestrictedItemPlanter(rule),
        "diagnosis_restricted_item" => new DiagnosisRestrictedItemPlanter(rule),
        "facility_level_restricted_item" => new FacilityLevelRestrictedItemPlanter(rule),
        "care_setting_restricted_item" => new CareSettingRestrictedItemPlanter(rule),
        "quantity_limit" => new QuantityLimitPlanter(rule, inMoney: false),
        "amount_limit" => new QuantityLimitPlanter(rule, inMoney: true),
        "exclusive_pair" => new ExclusivePairPlanter(rule),
        "unit_price_cap" => new UnitPriceCapPlanter(rule),
        "charge_outside_stay" => new ChargeOutsideStayPlanter(rule),
        "split_admission" => new SplitAdmissionPlanter(rule),
        "low_standard_admission" => new LowStandardAdmissionPlanter(rule, KnowledgeOf(rule, pack)),
        "large_claim" => new LargeClaimPlanter(rule),
        "scheme_restricted_item" => new SchemeRestrictedItemPlanter(rule),
        "non_payable_item" => new NonPayableItemPlanter(rule),
        "text_restricted_item" => new TextRestrictedItemPlanter(rule),
        "course_length_limit" => new CourseLengthLimitPlanter(rule),
        "non_payable_combination" => new NonPayableCombinationPlanter(rule),
        "sex_restricted_code" => new SexRestrictedCodePlanter(rule),
        "age_restricted_code" => new AgeRestrictedCodePlanter(rule),
        "diagnosis_operation_mismatch" => new DiagnosisOperationMismatchPlanter(rule),
        "diagnosis_without_treatment" => new DiagnosisWithoutTreatmentPlanter(rule),
        "surgery_without_operation" => new SurgeryWithoutOperationPlanter(rule),
        "surgery_discount" => new SurgeryDiscountPlanter(rule),
        "contraindication" => new ContraindicationPlanter(rule),
        "therapeutic_duplicate" => new TherapeuticDuplicatePlanter(rule),
        "prerequisite_item" => new PrerequisiteItemPlanter(rule),
        "unbundling" => new UnbundlingPlanter(rule),
        "department_restricted_item" => new DepartmentRestrictedItemPlanter(rule),
        "kinds_per_day" => new KindsPerDayPlanter(rule),
        "bed_days_beyond_stay" => new BedDaysBeyondStayPlanter(rule),
        "ghost_bed" => new GhostBedPlanter(rule),
        "upload_timeliness" => new UploadTimelinessPlanter(rule),
        "perioperative_window" => new PerioperativeWindowPlanter(rule),
        "overlapping_stays" => new OverlappingStaysPlanter(rule),
        "visit_frequency" => new VisitFrequencyPlanter(rule),
        "facility_indicator" => new FacilityIndicatorPlanter(rule),
        _ => null,
    };

    /// <summary>
    /// The rule's knowledge entries. Settlement-level families keep theirs inside the evaluator (their
    /// <see cref="CompiledRule.Entries"/> is empty), so read them from the pack, sliced by the rule's knowledge_codes
    /// as the compiler slices them.
    /// </summary>
    private static IReadOnlyList<KnowledgeEntry> KnowledgeOf(CompiledRule rule, CompiledPack pack)
    {
        RuleDefinition d = rule.Definition;
        if (rule.Entries.Count > 0 || d.Knowledge is null)
        {
            return rule.Entries;
        }

        return KnowledgeSlice.Of(pack.Source.Knowledge.Set(d.Knowledge), d.KnowledgeCodes);
    }

    /// <summary>An unknown family might read any code its knowledge names, in its codes or its attributes.</summary>
    private static IEnumerable<CoveragePattern> UnknownPatterns(CompiledRule rule, IReadOnlyList<KnowledgeEntry> entries) =>
        entries.SelectMany((e, i) => e.Codes.Concat(e.Attributes.Values.Where(v => v.ValueKind == JsonValueKind.Array)
                .SelectMany(v => v.EnumerateArray()).Where(v => v.ValueKind == JsonValueKind.String).Select(v => v.GetString()!))
            .Select(code => new CoveragePattern(code, new CoverageHit(rule.Index, i, 0))));
}
