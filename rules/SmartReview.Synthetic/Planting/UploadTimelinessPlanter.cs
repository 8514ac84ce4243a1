using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// upload_timeliness: lines uploaded more than <c>max_hours</c> (default 24) after their charge time; lines without
/// an upload time are not judged. One flag per settlement with every late line. With this rule in the pack every
/// background line is uploaded within the hours; a plant uploads one or two lines a few hours to days late.
/// </summary>
internal sealed class UploadTimelinessPlanter(CompiledRule rule) : RulePlanter(rule)
{
    private readonly int _maxHours = Reader(rule.Definition.Parameters).Int("max_hours", 0, 24 * 365, 24);

    public override bool Plant(StayDraft d, PlantingContext c)
    {
        int late = Math.Min(d.Lines.Count, c.Rng.Chance(0.3) ? 2 : 1);
        for (int k = 0; k < late; k++)
        {
            DraftLine line = d.Lines[c.Rng.Next(d.Lines.Count)];
            line.UploadedAt = line.ChargedAt.AddHours(_maxHours).AddMinutes(1 + c.Rng.Next(3 * 24 * 60));
            line.Planted = true;
        }

        Stamp(d, c.Rng);
        return late > 0;
    }

    public override void Guard(StayDraft d, PlantingContext c) => Stamp(d, c.Rng);

    public override void Evaluate(StayDraft d, ReadOnlySpan<LineHit> hits, List<ExpectedFlag> into)
    {
        List<int> late = [.. Enumerable.Range(0, d.Lines.Count).Where(i => d.Lines[i].UploadedAt is { } at && (at - d.Lines[i].ChargedAt).TotalHours > _maxHours)];
        if (late.Count > 0)
        {
            into.Add(new ExpectedFlag(Index, -1, late, null));
        }
    }

    /// <summary>Uploads every line not yet uploaded within the hours, to the second.</summary>
    private void Stamp(StayDraft d, Random rng)
    {
        foreach (DraftLine line in d.Lines)
        {
            line.UploadedAt ??= line.ChargedAt.AddSeconds(rng.Next(_maxHours * 3600 + 1));
        }
    }
}
