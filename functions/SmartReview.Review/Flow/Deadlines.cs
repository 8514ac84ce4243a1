namespace SmartReview.Review.Flow;

/// <summary>
/// What a passed deadline does. Appeal round 1: the facility is taken to accept (the first decision stands); round
/// 2: the re-review stands; both go to final decision. Final decision: the proposed outcome becomes final. First
/// review, re-review and panel: the case is escalated and the deadline re-armed from now; it stays in its stage.
/// </summary>
internal static class Deadlines
{
    public static Decision Decide(Step step)
    {
        ReviewCase state = step.State;
        if (!state.IsDue(step.Now))
        {
            return Decision.Reject(Support.Texts.Reject(RejectionCode.NotDue, "NotDue",
                WorkingCalendar.LastDay(state.DueUtc.GetValueOrDefault())));
        }

        ReviewSettings settings = step.Settings;
        return Decision.Accept(state.Stage switch
        {
            Stage.Appeal => step.Keep(state.AppealRound == 2 ? EventKind.ContestWindowLapsed : EventKind.AppealWindowLapsed,
                Stage.FinalDecision, step.Due(settings.FinalDays)),
            Stage.FinalDecision => step.Close(EventKind.DecisionFinalised, state.Proposed.GetValueOrDefault(), state.Amount, null),
            Stage.Panel => step.Keep(EventKind.DeadlineEscalated, Stage.Panel, step.Due(settings.PanelDays)),
            _ => step.Keep(EventKind.DeadlineEscalated, state.Stage, step.Due(settings.ReviewDays)),
        });
    }
}
