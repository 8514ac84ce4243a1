namespace SmartReview.Review;

/// <summary>
/// What <see cref="ReviewFlow.OpenByHand"/> returns: the new case and its opening event, or why it is refused and
/// which field of <see cref="OpenCase"/> is at fault ("origin", "facilityId", "settlementId", "amount", "statement";
/// null when it is who asks, not what).
/// </summary>
public sealed record Opening(ReviewCase? Case, CaseEvent? Opened, Rejection? Rejected, string? Field)
{
    public bool Ok => Rejected is null;

    internal static Opening Refuse(Rejection rejection, string? field) => new(null, null, rejection, field);
}
