using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// What opening a case by hand did: the new case under its key with its opening event, or why not and which field of
/// the request is at fault (null when it is who asks: <see cref="RejectionCode.NotAllowed"/>).
/// </summary>
public sealed record CaseOpening(CaseKey Key, ReviewCase? Case, CaseEvent? Opened, Rejection? Rejection, string? Field)
{
    public bool Ok => Rejection is null;

    /// <summary>Refused for who asks (the role, or a facility filing for another), not for what was given.</summary>
    public bool NotAllowed => Rejection?.Code == RejectionCode.NotAllowed;

    public static CaseOpening Refused(Rejection rejection, string? field) => new(default, null, null, rejection, field);
}
