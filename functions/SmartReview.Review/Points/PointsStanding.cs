using SmartReview.Kernel;

namespace SmartReview.Review.Points;

/// <summary>
/// A person's year: the points of that calendar year (China time; they reset on 1 January), the qualification they
/// put the person in, and the entries that crossed the thresholds (<see cref="SuspendedBy"/>,
/// <see cref="TerminatedBy"/>): the reasons for the status. Withdrawn points no longer count.
/// </summary>
public sealed record PointsStanding(string PersonId, int Year, int Total, Qualification Status, PointsEntry? SuspendedBy,
    PointsEntry? TerminatedBy, IReadOnlyList<PointsEntry> Entries)
{
    /// <summary>The calendar year (China time) points recorded at <paramref name="atUtc"/> count in.</summary>
    public static int YearOf(DateTimeOffset atUtc) => ChinaTime.Date(atUtc).Year;

    /// <summary>The standing of <paramref name="personId"/> in <paramref name="year"/> from their entries (other people's and years' are ignored).</summary>
    public static PointsStanding Of(string personId, int year, IEnumerable<PointsEntry> entries, PointsScale scale)
    {
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(scale);
        PointsEntry[] mine = [.. entries.Where(e => e.PersonId == personId && e.Year == year).OrderBy(e => e.AtUtc).ThenBy(e => e.Sequence)];
        int total = 0;
        PointsEntry? suspendedBy = null, terminatedBy = null;
        foreach (PointsEntry entry in mine)
        {
            int before = total;
            total += entry.Points;
            suspendedBy = Crossed(before, total, scale.SuspendAt, entry, suspendedBy);
            terminatedBy = Crossed(before, total, scale.TerminateAt, entry, terminatedBy);
        }

        Qualification status = total >= scale.TerminateAt ? Qualification.Terminated
            : total >= scale.SuspendAt ? Qualification.Suspended
            : Qualification.Good;
        return new PointsStanding(personId, year, total, status, suspendedBy, terminatedBy, mine);
    }

    /// <summary>The entry that took the total to the threshold, kept while it stays there, forgotten when a withdrawal drops below.</summary>
    private static PointsEntry? Crossed(int before, int after, int threshold, PointsEntry entry, PointsEntry? by) =>
        after < threshold ? null : before < threshold ? entry : by;
}
