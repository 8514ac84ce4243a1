using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// The plant of a rule whose lines break other rules of the pack whatever the stay (an inpatient consultation paired
/// with an outpatient-only one): its lines are billed even where other rules refuse them, and each rule they break is
/// co-fired — its flags on the stay are part of the plant and go into the truth; so is any rule whose flag names one of
/// the lines (a bed billed beyond the stay's days). A rule that the stay can be changed
/// to satisfy (an indication added, a prerequisite billed) or that fits the line (a lower price) is satisfied, as in a
/// clean plant, unless the plant is about the line's quantity or price (<see cref="RulePlanter.PlantsAmounts"/>).
/// </summary>
internal sealed class CompoundPlant
{
    private readonly HashSet<int> _coFired = [];
    private readonly HashSet<DraftLine> _lines = [];
    private RulePlanter? _planting;

    public void Clear()
    {
        _coFired.Clear();
        _lines.Clear();
    }

    /// <summary>Whether a flag of the finished stay <paramref name="d"/> is co-fired by the lines planted so far.</summary>
    public bool CoFires(StayDraft d, ExpectedFlag flag) =>
        _coFired.Contains(flag.Rule) || _lines.Count > 0 && flag.Lines.Any(i => _lines.Contains(d.Lines[i]));

    /// <summary>Starts planting <paramref name="planter"/>'s lines; returns this.</summary>
    public CompoundPlant For(RulePlanter planter)
    {
        _planting = planter;
        return this;
    }

    /// <summary>Whether <paramref name="line"/>, planted for the rule, may be billed: false only when a rule of a family the generator does not know reads it.</summary>
    public bool Admit(StayDraft d, DraftLine line, PlantingContext c)
    {
        RulePlanter planting = _planting!;
        if (Array.Exists(line.Item.Hits, h => c.Planters.Of(h.Rule) is null))
        {
            return false;
        }

        foreach (CoverageHit hit in line.Item.Hits)
        {
            RulePlanter other = c.Planters.Of(hit.Rule)!;
            if (other.Family == planting.Family || !other.AppliesTo(d) || Keeps(other, d, line, hit, planting.PlantsAmounts))
            {
                continue;
            }

            Action? change = other.Accommodate(d, line, hit, c);
            if (change is null || !Keeps(other, d, line, hit, planting.PlantsAmounts))
            {
                change?.Invoke();
                _coFired.Add(other.Index);
            }
        }

        _lines.Add(line);
        return true;
    }

    /// <summary>Whether the rule admits the line; when <paramref name="asPlanted"/>, only without changing its quantity or price. A refused line is left as it was.</summary>
    private static bool Keeps(RulePlanter rule, StayDraft d, DraftLine line, CoverageHit hit, bool asPlanted)
    {
        decimal quantity = line.Quantity, price = line.UnitPrice;
        bool admitted = rule.Admit(d, line, hit) && (!asPlanted || quantity == line.Quantity && price == line.UnitPrice);
        if (!admitted)
        {
            line.Set(quantity, price);
        }

        return admitted;
    }
}
