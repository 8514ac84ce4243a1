namespace SmartReview.Review.Flow;

/// <summary>
/// 复审: a reviewer other than the first upholds, overturns (to final decision as dismissed) or adjusts the amount.
/// A confirmed re-review goes to the panel above the threshold, otherwise back to the facility (round 2).
/// </summary>
internal static class ReReviewStage
{
    public static Decision Decide(Step step, CaseCommand command)
    {
        ReviewCase state = step.State;
        Rejection? separate = Checks.Unless(step.By.Id == state.FirstReviewerId, RejectionCode.NotAllowed,
            "NotAllowed_SameReviewer", state.FirstReviewerId);
        return command switch
        {
            UpholdDecision c => new[] { separate, Checks.Reason(c.Reason) }.Then(() =>
                Decision.Accept(step.AfterReReview(EventKind.DecisionUpheld, state.Amount.GetValueOrDefault(), c.Reason))),
            OverturnDecision c => new[] { separate, Checks.Reason(c.Reason) }.Then(() =>
                Decision.Accept(step.ToFinal(EventKind.DecisionOverturned, Outcome.Dismissed, null, c.Reason))),
            AdjustAmount c => new[] { separate, Checks.Amount(c.Amount, state.Flag.Cap), Checks.Reason(c.Reason) }.Then(() =>
                Decision.Accept(step.AfterReReview(EventKind.AmountAdjusted, c.Amount, c.Reason))),
            _ => Stages.WrongStage(step, command),
        };
    }
}
