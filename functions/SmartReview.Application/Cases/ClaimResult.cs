using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// What a claim, release or assignment did: <see cref="CommandStatus.Done"/> with the claim now held (null after a
/// release); NotFound; Rejected with the reason (the person may not work this case); Conflict with the claim someone
/// else holds (or null when the case changed meanwhile).
/// </summary>
public sealed record ClaimResult(CommandStatus Status, CaseClaim? Claim, Rejection? Rejection)
{
    public static ClaimResult NotFound { get; } = new(CommandStatus.NotFound, null, null);

    public static ClaimResult Done(CaseClaim? claim) => new(CommandStatus.Done, claim, null);

    public static ClaimResult Refused(Rejection why) => new(CommandStatus.Rejected, null, why);

    public static ClaimResult Conflict(CaseClaim? held) => new(CommandStatus.Conflict, held, null);
}
