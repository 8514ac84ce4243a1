using SmartReview.Review.Points;

namespace SmartReview.Review.Flow;

/// <summary>Points events into state: a recording is added, a withdrawal marks the recording it names.</summary>
internal static class PointsFold
{
    public static ReviewCase Apply(ReviewCase next, CaseEvent e)
    {
        PointsAward award = e.Points ?? throw new InvalidOperationException($"{e.Kind} #{e.Sequence} carries no points");
        IReadOnlyList<PointsOnCase> points = next.Points ?? [];
        return next with
        {
            Points = award.Withdraws is { } withdrawn
                ? [.. points.Select(p => p.Sequence == withdrawn ? p with { Withdrawn = true } : p)]
                : [.. points, new PointsOnCase(e.Sequence, award, Withdrawn: false)],
        };
    }
}
