using SmartReview.Kernel;

namespace SmartReview.Review.Flow;

/// <summary>
/// 结案: a correction by a supervisor who had no part in reviewing the case (the ledger reverses what the case made
/// due and posts what it makes due now), or a receipt of money against what is outstanding (<see cref="Receipts"/>).
/// </summary>
internal static class ClosedStage
{
    public static Decision Decide(Step step, CaseCommand command) => command switch
    {
        CorrectDecision c => Correct(step, c),
        RecordReceipt c => Receipts.Record(step, c),
        RecordPoints or WithdrawPoints => PointsDecisions.Decide(step, command),
        _ => Stages.WrongStage(step, command),
    };

    private static Decision Correct(Step step, CorrectDecision command)
    {
        ReviewCase state = step.State;
        decimal? amount = command.Outcome == Outcome.Dismissed && command.Amount == 0m ? null : command.Amount;
        Sanctions? sanctions = SanctionChecks.Normal(command.Sanctions ?? (command.Outcome == Outcome.Confirmed ? state.Sanctions : null));
        return new[]
        {
            Checks.Unless(step.InvolvedIn, RejectionCode.NotAllowed, "NotAllowed_SupervisorInvolved", step.By.Id),
            Checks.Reason(command.Reason),
            Checks.Verdict(command.Outcome, amount, state.Flag.Cap),
            SanctionChecks.Check(sanctions, command.Outcome, amount, step.Settings.SanctionRules, ChinaTime.Date(step.Now)),
            Checks.Unless(command.Outcome == state.FinalOutcome && amount == state.Amount && Equals(sanctions, state.Sanctions),
                RejectionCode.NoChange, "NoChange"),
            Receipts.NotBelowReceived(state, new LedgerAmounts(amount ?? 0m, sanctions?.Penalty?.Amount ?? 0m, sanctions?.Damages ?? 0m)),
        }.Then(() => Decision.Accept(step.Close(EventKind.DecisionCorrected, command.Outcome, amount, command.Reason) with { Sanctions = sanctions }));
    }
}
