using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// What a claim, release or assignment did: <see cref="CommandStatus.Done"/> with the claim now held (null after a
/// release); NotFound; Rejected with the reason (the person may not work this case); Conflict with the claim someone
/// else holds (or null when the case changed meanwhile).
/// </summary>
public sealed record AssignmentResult(CommandStatus Status, CaseAssignment? Assignment, Rejection? Rejection)
{
    public static AssignmentResult NotFound { get; } = new(CommandStatus.NotFound, null, null);

    public static AssignmentResult Done(CaseAssignment? claim) => new(CommandStatus.Done, claim, null);

    public static AssignmentResult Refused(Rejection why) => new(CommandStatus.Rejected, null, why);

    public static AssignmentResult Conflict(CaseAssignment? held) => new(CommandStatus.Conflict, held, null);
}
