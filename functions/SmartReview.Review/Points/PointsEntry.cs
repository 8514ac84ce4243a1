namespace SmartReview.Review.Points;

/// <summary>
/// One line of a person's register (一医一档): the points a case's event gave (<see cref="Points"/> &gt; 0) or took back
/// (a withdrawal, &lt; 0, naming the recording in <see cref="Withdraws"/>), counted in <see cref="Year"/>.
/// </summary>
public sealed record PointsEntry(
    string PersonId,
    int Year,
    string FacilityId,
    string CaseId,
    int Sequence,
    DateTimeOffset AtUtc,
    string ActorId,
    Responsibility Degree,
    int Points,
    string Reason,
    int? Withdraws = null)
{
    /// <summary>The register line an event of a case writes, or null when the event scores nothing.</summary>
    public static PointsEntry? Of(string facilityId, string caseId, CaseEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return e.Points is not { } award || e.Kind is not (EventKind.PointsRecorded or EventKind.PointsWithdrawn)
            ? null
            : new PointsEntry(award.PersonId, award.Year, facilityId, caseId, e.Sequence, e.AtUtc, e.ActorId, award.Degree,
                award.Withdraws is null ? award.Points : -award.Points, e.Reason ?? "", award.Withdraws);
    }
}
