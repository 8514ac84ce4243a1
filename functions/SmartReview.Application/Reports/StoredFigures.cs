namespace SmartReview.Application.Reports;

/// <summary>
/// The stored figures: each facility's sums with when they were counted, the names known, the settlements screened
/// (null before anything was ever counted) and how many facilities are marked changed and not counted yet.
/// </summary>
public sealed record StoredFigures(IReadOnlyList<FacilityCount> Facilities, long? Screened, int Pending)
{
    /// <summary>The sums of every facility added up.</summary>
    public FigureSums Total()
    {
        var total = new FigureSums();
        foreach (FacilityCount f in Facilities)
        {
            total.Add(f.Sums);
        }

        return total;
    }

    /// <summary>When the latest count was stored; null when none was.</summary>
    public DateTimeOffset? CountedUtc => Facilities.Count == 0 ? null : Facilities.Max(f => f.CountedUtc);
}
