using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// charge_outside_stay: lines charged on a China date more than <c>tolerance_days</c> (default 0) before admission or
/// after discharge; one flag with every such line. The background charges only within the stay; a plant moves one or
/// two lines no other rule reads to a day or two beyond the tolerance.
/// </summary>
internal sealed class ChargeOutsideStayPlanter(CompiledRule rule) : RulePlanter(rule)
{
    private readonly int _tolerance = Reader(rule.Definition.Parameters).Int("tolerance_days", 0, 30, 0);

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        int wanted = c.Rng.Chance(0.25) ? 2 : 1, moved = 0;
        int start = c.Rng.Next(d.Lines.Count);
        for (int k = 0; k < d.Lines.Count && moved < wanted; k++)
        {
            DraftLine line = d.Lines[(start + k) % d.Lines.Count];
            if (line.Item.Free && !line.Planted)
            {
                int day = c.Rng.Chance(0.5) ? d.AdmissionDay - _tolerance - 1 - c.Rng.Next(2) : d.DischargeDay + _tolerance + 1 + c.Rng.Next(2);
                line.ChargeAt(c.Lines.TimeOutside(day));
                line.Planted = true;
                moved++;
            }
        }

        return moved > 0;
    }

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        List<int>? outside = null;
        for (int i = 0; i < d.Lines.Count; i++)
        {
            int day = d.Lines[i].Day;
            if (day < d.AdmissionDay - _tolerance || day > d.DischargeDay + _tolerance)
            {
                (outside ??= []).Add(i);
            }
        }

        if (outside is not null)
        {
            into.Add(new ExpectedFlag(Index, -1, outside, null));
        }
    }
}
