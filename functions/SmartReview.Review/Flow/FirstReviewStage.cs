namespace SmartReview.Review.Flow;

/// <summary>初审: a reviewer confirms (to the facility's appeal window) or dismisses (to final decision).</summary>
internal static class FirstReviewStage
{
    public static Decision Decide(Step step, CaseCommand command) => command switch
    {
        ConfirmFlag c => new[] { Checks.Amount(c.Amount, step.State.Flag.Cap), Checks.Reason(c.Reason) }.Then(() =>
            Decision.Accept(step.Event(EventKind.FlagConfirmed, Stage.Appeal, Outcome.Confirmed, c.Amount,
                step.Due(step.Settings.AppealWindowDays), c.Reason))),
        DismissFlag c => new[] { Checks.Reason(c.Reason) }.Then(() =>
            Decision.Accept(step.ToFinal(EventKind.FlagDismissed, Outcome.Dismissed, null, c.Reason))),
        _ => Stages.WrongStage(step, command),
    };
}
