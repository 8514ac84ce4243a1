namespace SmartReview.Review.Flow;

/// <summary>
/// 结案: the only thing left is a correction by a supervisor who had no part in reviewing the case; the ledger
/// reverses what was posted and posts the corrected amount.
/// </summary>
internal static class ClosedStage
{
    public static Decision Decide(Step step, CaseCommand command) => command switch
    {
        CorrectDecision c => Correct(step, c),
        RecordPoints or WithdrawPoints => PointsDecisions.Decide(step, command),
        _ => Stages.WrongStage(step, command),
    };

    private static Decision Correct(Step step, CorrectDecision command)
    {
        ReviewCase state = step.State;
        decimal? amount = command.Outcome == Outcome.Dismissed && command.Amount == 0m ? null : command.Amount;
        return new[]
        {
            Checks.Unless(step.InvolvedIn, RejectionCode.NotAllowed, "NotAllowed_SupervisorInvolved", step.By.Id),
            Checks.Reason(command.Reason),
            Checks.Verdict(command.Outcome, amount, state.Flag.Cap),
            Checks.Unless(command.Outcome == state.FinalOutcome && amount == state.Amount, RejectionCode.NoChange, "NoChange"),
        }.Then(() => Decision.Accept(step.Close(EventKind.DecisionCorrected, command.Outcome, amount, command.Reason)));
    }
}
