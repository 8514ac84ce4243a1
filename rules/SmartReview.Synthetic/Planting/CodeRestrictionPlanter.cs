using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// Shared shape of the coding families (sex_restricted_code, age_restricted_code): entries name diagnosis codes or,
/// with parameter <c>target</c> operation, operation codes, each with a limit on the patient; every code of the stay an
/// entry covers whose limit the patient breaks raises one flag (no lines). Planted by coding one more diagnosis (or
/// operation) of an entry that the patient breaks and no other coding rule objects to; the background codes only what
/// fits the patient.
/// </summary>
internal abstract class CodeRestrictionPlanter : RulePlanter
{
    private readonly CodePatterns[] _codes;
    private readonly (int Entry, string Code, string Name)[] _candidates;

    protected CodeRestrictionPlanter(CompiledRule rule) : base(rule)
    {
        Operations = Reader(rule.Definition.Parameters).String("target", ["diagnosis", "operation"], "diagnosis") == "operation";
        _codes = [.. rule.Entries.Select(e => new CodePatterns(e.Codes))];
        _candidates = [.. rule.Entries.SelectMany((e, i) => e.Codes
            .Select(p => Operations ? ClinicalCodes.Operation(p, e.ItemName) : ClinicalCodes.Diagnosis(p, e.ItemName))
            .OfType<(string Code, string Name)>().Select(k => (i, k.Code, k.Name)))];
    }

    /// <summary>True when the rule reads operations, false for diagnoses.</summary>
    public bool Operations { get; }

    public override bool CanPlant => _candidates.Length > 0;

    /// <summary>True when the patient, on the admission day, breaks the limit of <paramref name="entry"/>.</summary>
    protected abstract bool Breaks(Person person, int admissionDay, int entry);

    /// <summary>True when this rule flags <paramref name="code"/> (an operation when <paramref name="operation"/>) coded for the patient.</summary>
    public bool Flags(Person person, int admissionDay, string code, bool operation)
    {
        if (operation != Operations)
        {
            return false;
        }

        for (int i = 0; i < _codes.Length; i++)
        {
            if (_codes[i].Matches(code) && Breaks(person, admissionDay, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when some coding rule of the set flags the code for the patient.</summary>
    public static bool AnyFlags(PlantingContext c, Person person, int admissionDay, string code, bool operation, RulePlanter? except = null)
    {
        foreach (RulePlanter planter in c.Planters.All)
        {
            if (planter != except && planter is CodeRestrictionPlanter coding && coding.Flags(person, admissionDay, code, operation))
            {
                return true;
            }
        }

        return false;
    }

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        plan.RequirePerson((p, admission, _) => _candidates.Any(k => Fits(k, p, admission, c)));
        return true;
    }

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        int start = c.Rng.Next(_candidates.Length);
        for (int k = 0; k < _candidates.Length; k++)
        {
            (int entry, string code, string name) = _candidates[(start + k) % _candidates.Length];
            if (!Fits((entry, code, name), d.Person, d.AdmissionDay, c) || Coded(d, code))
            {
                continue;
            }

            if (Operations)
            {
                d.Operations.Add(ClinicalCodes.Perform(d, c.Rng, code, name, main: !d.Operations.Any(o => o.Main)));
            }
            else
            {
                d.Diagnoses.Add(new Diagnosis(code, name, false));
            }

            return true;
        }

        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (Operations)
        {
            foreach (Operation operation in d.Operations)
            {
                Check(d, operation.Code, into);
            }
        }
        else
        {
            foreach (Diagnosis diagnosis in d.Diagnoses)
            {
                Check(d, diagnosis.Code, into);
            }
        }
    }

    private void Check(StayDraft d, string code, List<ExpectedFlag> into)
    {
        for (int i = 0; i < _codes.Length; i++)
        {
            if (_codes[i].Matches(code) && Breaks(d.Person, d.AdmissionDay, i))
            {
                into.Add(new ExpectedFlag(Index, i, [], null));
            }
        }
    }

    /// <summary>The patient breaks the candidate's entry, and no other coding rule flags its code.</summary>
    private bool Fits((int Entry, string Code, string Name) candidate, Person person, int admissionDay, PlantingContext c) =>
        Breaks(person, admissionDay, candidate.Entry) && !AnyFlags(c, person, admissionDay, candidate.Code, Operations, except: this);

    private bool Coded(StayDraft d, string code) =>
        Operations ? d.Operations.Any(o => o.Code == code) : d.Diagnoses.Any(x => x.Code == code);
}
