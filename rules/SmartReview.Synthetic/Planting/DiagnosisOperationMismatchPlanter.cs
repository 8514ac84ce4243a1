using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// diagnosis_operation_mismatch: the main operation is covered by an entry (operation codes or prefixes) whose
/// attribute <c>diagnoses</c> does not match the main diagnosis; one flag per such entry, no lines. Planted on an
/// inpatient stay by coding an entry's operation as the main one (replacing the main operation's code, keeping its
/// time) where the main diagnosis is not among the entry's; the background codes operations with their own diagnoses.
/// </summary>
internal sealed class DiagnosisOperationMismatchPlanter : RulePlanter
{
    private readonly CodePatterns[] _operations;
    private readonly CodePatterns[] _diagnoses;
    private readonly (int Entry, string Code, string Name)[] _candidates;

    public DiagnosisOperationMismatchPlanter(CompiledRule rule) : base(rule)
    {
        _operations = [.. rule.Entries.Select(e => new CodePatterns(e.Codes))];
        _diagnoses = [.. rule.Entries.Select(e => new CodePatterns(Reader(e.Attributes).Strings("diagnoses", required: true)))];
        _candidates = [.. rule.Entries.SelectMany((e, i) => e.Codes.Select(p => ClinicalCodes.Operation(p, e.ItemName))
            .OfType<(string Code, string Name)>().Select(k => (i, k.Code, k.Name)))];
    }

    public override bool CanPlant => _candidates.Length > 0;

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        if (d.Setting != CareSetting.Inpatient)
        {
            return false;
        }

        int start = c.Rng.Next(_candidates.Length);
        for (int k = 0; k < _candidates.Length; k++)
        {
            (int entry, string code, string name) = _candidates[(start + k) % _candidates.Length];
            if (_diagnoses[entry].Matches(d.MainDiagnosis.Code)
                || CodeRestrictionPlanter.AnyFlags(c, d.Person, d.AdmissionDay, code, operation: true))
            {
                continue;
            }

            int main = d.Operations.FindIndex(o => o.Main);
            if (main >= 0)
            {
                d.Operations[main] = new Operation(code, name, d.Operations[main].PerformedAt, true);
            }
            else
            {
                d.Operations.Insert(0, ClinicalCodes.Perform(d, c.Rng, code, name, main: true));
            }

            return true;
        }

        return false;
    }

    /// <summary>True when some mismatch rule of the set flags <paramref name="operation"/> as the main operation with this main diagnosis.</summary>
    public static bool AnyFlags(PlantingContext c, string operation, string mainDiagnosis)
    {
        foreach (RulePlanter planter in c.Planters.All)
        {
            if (planter is DiagnosisOperationMismatchPlanter mismatch && mismatch.Flags(operation, mainDiagnosis))
            {
                return true;
            }
        }

        return false;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        Operation? main = d.Operations.Find(o => o.Main);
        if (main is null)
        {
            return;
        }

        for (int i = 0; i < _operations.Length; i++)
        {
            if (_operations[i].Matches(main.Code) && !_diagnoses[i].Matches(d.MainDiagnosis.Code))
            {
                into.Add(new ExpectedFlag(Index, i, [], null));
            }
        }
    }

    private bool Flags(string operation, string mainDiagnosis)
    {
        for (int i = 0; i < _operations.Length; i++)
        {
            if (_operations[i].Matches(operation) && !_diagnoses[i].Matches(mainDiagnosis))
            {
                return true;
            }
        }

        return false;
    }
}
