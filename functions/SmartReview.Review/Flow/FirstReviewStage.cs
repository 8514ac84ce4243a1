namespace SmartReview.Review.Flow;

/// <summary>
/// 初审: a reviewer confirms (to the facility's appeal window) or dismisses (to final decision) a flag; a facility's
/// self-inspection report is accepted (closed confirmed for its refund) or rejected (closed dismissed) instead.
/// </summary>
internal static class FirstReviewStage
{
    public static Decision Decide(Step step, CaseCommand command) => step.State.Flag.Source == CaseOrigin.SelfReport
        ? Report(step, command)
        : command switch
        {
            ConfirmFlag c => new[] { Checks.Amount(c.Amount, step.State.Flag.Cap), Checks.Reason(c.Reason) }.Then(() =>
                Decision.Accept(step.Event(EventKind.FlagConfirmed, Stage.Appeal, Outcome.Confirmed, c.Amount,
                    step.Due(step.Settings.AppealWindowDays), c.Reason))),
            DismissFlag c => new[] { Checks.Reason(c.Reason) }.Then(() =>
                Decision.Accept(step.ToFinal(EventKind.FlagDismissed, Outcome.Dismissed, null, c.Reason))),
            _ => Stages.WrongStage(step, command),
        };

    private static Decision Report(Step step, CaseCommand command) => command switch
    {
        AcceptReport c => new[] { Checks.Reason(c.Reason) }.Then(() =>
            Decision.Accept(step.Close(EventKind.ReportAccepted, Outcome.Confirmed, step.State.Amount, c.Reason))),
        RejectReport c => new[] { Checks.Reason(c.Reason) }.Then(() =>
            Decision.Accept(step.Close(EventKind.ReportRejected, Outcome.Dismissed, null, c.Reason))),
        _ => Stages.WrongStage(step, command),
    };
}
