using SmartReview.Review.Points;

namespace SmartReview.Review.Flow;

/// <summary>
/// Payment-qualification points on a closed case (a Supervisor): recorded only when the final outcome is confirmed,
/// within the degree's range, once per person while standing; withdrawn by naming the recording, which stays.
/// </summary>
internal static class PointsDecisions
{
    private const int MaxPersonCode = 64;

    public static Decision Decide(Step step, CaseCommand command) => command switch
    {
        RecordPoints r => Record(step, r),
        WithdrawPoints w => Withdraw(step, w),
        _ => Stages.WrongStage(step, command),
    };

    private static Decision Record(Step step, RecordPoints command)
    {
        string person = command.PersonId?.Trim() ?? "";
        bool known = Enum.IsDefined(command.Degree);
        PointsRange range = known ? step.Settings.Points.For(command.Degree) : default;
        bool standing = (step.State.Points ?? []).Any(p => !p.Withdrawn && p.Award.PersonId == person);
        return new[]
        {
            Checks.Unless(step.State.FinalOutcome != Outcome.Confirmed, RejectionCode.WrongStage, "Points_NotConfirmed"),
            Checks.Unless(!IsPersonCode(person), RejectionCode.InvalidPoints, "Points_Person", MaxPersonCode),
            Checks.Unless(!known || !range.Contains(command.Points), RejectionCode.InvalidPoints, "Points_Range",
                known ? command.Degree : "?", range.Min, range.Max, command.Points),
            Checks.Unless(standing, RejectionCode.InvalidPoints, "Points_Already", person),
            Checks.Reason(command.Reason),
        }.Then(() => Decision.Accept(step.Keep(EventKind.PointsRecorded, Stage.Closed, null, command.Reason) with
        {
            Points = new PointsAward(person, command.Degree, command.Points, PointsStanding.YearOf(step.Now)),
        }));
    }

    private static Decision Withdraw(Step step, WithdrawPoints command)
    {
        PointsOnCase? recorded = (step.State.Points ?? []).FirstOrDefault(p => p.Sequence == command.Sequence && !p.Withdrawn);
        return new[]
        {
            Checks.Unless(recorded is null, RejectionCode.InvalidPoints, "Points_NothingToWithdraw", command.Sequence),
            Checks.Reason(command.Reason),
        }.Then(() => Decision.Accept(step.Keep(EventKind.PointsWithdrawn, Stage.Closed, null, command.Reason) with
        {
            Points = recorded!.Award with { Withdraws = recorded.Sequence },
        }));
    }

    /// <summary>A person's code: 1–64 letters, digits, '-', '_' or '.', as in national doctor codes (e.g. D441302012345).</summary>
    private static bool IsPersonCode(string code) =>
        code.Length is > 0 and <= MaxPersonCode && code.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.');
}
