using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Whether a person may decide a case in its current stage, asked of the review flow itself: a harmless command of
/// the stage is put to <see cref="ReviewFlow.Decide"/> and thrown away. So role, facility and separation of duties
/// (a re-review by its first reviewer, a vote by a reviewer of the case or a second vote, a final decision by a
/// reviewer or panel member) are judged exactly as a real decision would be.
/// </summary>
internal static class Deciders
{
    private const string Probe = "probe";

    /// <summary>Why <paramref name="by"/> may not decide <paramref name="c"/> now, or null when they may.</summary>
    public static Rejection? Refusal(ReviewCase c, Actor by, DateTimeOffset nowUtc, ReviewSettings settings, WorkingCalendar calendar)
    {
        CaseCommand probe = c.Stage switch
        {
            Stage.FirstReview when c.Flag.Source == CaseOrigin.SelfReport => new RejectReport(Probe),
            Stage.FirstReview => new DismissFlag(Probe),
            Stage.Appeal => new AcceptDecision(Probe),
            Stage.ReReview => new UpholdDecision(Probe),
            Stage.Panel => new CastVote(Outcome.Dismissed, null, Probe),
            _ => new FinaliseDecision(Probe),
        };
        Decision decision = ReviewFlow.Decide(c, probe, by, nowUtc, settings, calendar);
        return decision.Ok ? null : decision.Rejected;
    }
}
