using SmartReview.Kernel;

namespace SmartReview.Review.Flow;

/// <summary>
/// 终审: a supervisor who had no other part in the case closes it with the proposed outcome, or overrides it with
/// an outcome (and an amount when confirming); a confirmed violation may carry sanctions within the rules' ranges.
/// </summary>
internal static class FinalDecisionStage
{
    public static Decision Decide(Step step, CaseCommand command) => command switch
    {
        FinaliseDecision c => Finalise(step, c),
        _ => Stages.WrongStage(step, command),
    };

    private static Decision Finalise(Step step, FinaliseDecision command)
    {
        ReviewCase state = step.State;
        Outcome outcome = command.Outcome ?? state.Proposed.GetValueOrDefault();
        decimal? amount = command.Outcome is null ? state.Amount : command.Amount;
        return new[]
        {
            Checks.Unless(step.InvolvedIn, RejectionCode.NotAllowed, "NotAllowed_SupervisorInvolved", step.By.Id),
            Checks.Reason(command.Reason),
            command.Outcome is null
                ? Checks.Unless(command.Amount is not null, RejectionCode.InvalidAmount, "InvalidAmount_NeedsOutcome")
                : Checks.Verdict(outcome, amount, state.Flag.Cap),
            SanctionChecks.Check(command.Sanctions, outcome, amount, step.Settings.SanctionRules, ChinaTime.Date(step.Now)),
        }.Then(() => Decision.Accept(step.Close(EventKind.DecisionFinalised, outcome, amount, command.Reason)
            with { Sanctions = SanctionChecks.Normal(command.Sanctions) }));
    }
}
