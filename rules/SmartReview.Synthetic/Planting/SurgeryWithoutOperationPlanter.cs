using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// surgery_without_operation: surgery lines (category surgery) on a stay with no operation marked main; one flag
/// with every surgery line. Planted on an operated stay by dropping its operation codes or unmarking the main one,
/// else by charging an anaesthesia or surgery fee on a stay without operations. The background charges surgery only
/// with an operation; the guard drops background surgery lines a stay without a main operation has come by, and codes
/// an operation for surgery planted there for another rule.
/// </summary>
internal sealed class SurgeryWithoutOperationPlanter(CompiledRule rule) : RulePlanter(rule)
{
    private CatalogueItem[] _surgeries = [];

    public override void Bind(PlantingContext context) =>
        _surgeries = [.. context.Catalogue.Group(ItemCategory.Surgery, Groups.Surgery), .. context.Catalogue.Group(ItemCategory.Surgery, "operation")];

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        List<DraftLine> surgeries = d.Lines.FindAll(l => l.Item.Category == ItemCategory.Surgery);
        if (d.Operations.Any(o => o.Main))
        {
            if (surgeries.Count == 0)
            {
                return false;
            }

            Uncode(d, c.Rng);
            surgeries.ForEach(l => l.Planted = true);
            return true;
        }

        for (int attempt = 0; attempt < 4 && _surgeries.Length > 0; attempt++)
        {
            DraftLine line = c.Lines.Create(d, c.Rng.Pick(_surgeries), c.Lines.RandomDay(d), 1);
            if (c.TryAdd(d, line, exceptFamily: Family))
            {
                line.Planted = true;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Drops background surgery lines from a stay without a main operation; when surgery planted for another rule
    /// remains, marks an operation main or codes one that fits the stay (the template's own first).
    /// </summary>
    public override void Guard(StayDraft d, PlantingContext c)
    {
        if (!AppliesTo(d) || d.Operations.Any(o => o.Main))
        {
            return;
        }

        d.Lines.FindAll(l => l.Item.Category == ItemCategory.Surgery && !l.Planted).ForEach(d.Remove);
        DraftLine? planted = d.Lines.Find(l => l.Item.Category == ItemCategory.Surgery);
        if (planted is null)
        {
            return;
        }

        if (d.Operations.Count > 0)
        {
            d.Operations[0] = d.Operations[0] with { Main = true };
        }
        else if (Fitting(d, c) is (string code, string name))
        {
            DateTime low = d.AdmittedAt.AddMinutes(30), high = d.DischargedAt.AddMinutes(-30);
            DateTime at = planted.ChargedAt > high ? high : planted.ChargedAt;
            d.Operations.Add(new Operation(code, name, at < low ? low : at, true));
        }
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        if (d.Operations.Any(o => o.Main))
        {
            return;
        }

        List<int>? lines = null;
        for (int i = 0; i < d.Lines.Count; i++)
        {
            if (d.Lines[i].Item.Category == ItemCategory.Surgery)
            {
                (lines ??= []).Add(i);
            }
        }

        if (lines is not null)
        {
            into.Add(new ExpectedFlag(Index, -1, lines, null));
        }
    }

    /// <summary>An operation no coding or mismatch rule objects to for this patient and main diagnosis, the template's own first.</summary>
    private static (string Code, string Name)? Fitting(StayDraft d, PlantingContext c)
    {
        IReadOnlyList<(string Code, string Name)> known = ClinicalCodes.KnownOperations;
        IEnumerable<(string Code, string Name)> candidates = d.Template.Operations.Select(o => (o.Code, o.Name))
            .Concat(Enumerable.Range(c.Rng.Next(known.Count), known.Count).Select(i => known[i % known.Count]));
        foreach ((string code, string name) in candidates)
        {
            if (!CodeRestrictionPlanter.AnyFlags(c, d.Person, d.AdmissionDay, code, operation: true)
                && !DiagnosisOperationMismatchPlanter.AnyFlags(c, code, d.MainDiagnosis.Code))
            {
                return (code, name);
            }
        }

        return null;
    }

    /// <summary>Drops the operation codes, or keeps them with none marked main.</summary>
    private static void Uncode(StayDraft d, Random rng)
    {
        if (rng.Chance(0.5))
        {
            d.Operations.Clear();
            return;
        }

        for (int i = 0; i < d.Operations.Count; i++)
        {
            d.Operations[i] = d.Operations[i] with { Main = false };
        }
    }
}
