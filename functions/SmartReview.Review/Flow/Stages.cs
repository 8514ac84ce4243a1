using SmartReview.Review.Support;

namespace SmartReview.Review.Flow;

/// <summary>What every stage shares: the gate each command passes before its stage sees it.</summary>
internal static class Stages
{
    public static Decision Decide(Step step, CaseCommand command)
    {
        ReviewCase state = step.State;
        if (state.Stage == Stage.Closed && command is not (CorrectDecision or RecordReceipt or RecordPoints or WithdrawPoints))
        {
            return Decision.Reject(Texts.Reject(RejectionCode.CaseClosed, "CaseClosed"));
        }

        if (!CommandRules.BelongsTo(command, state.Stage))
        {
            return WrongStage(step, command);
        }

        Role needed = CommandRules.RoleFor(command);
        if (step.By.Role != needed)
        {
            return Decision.Reject(Texts.Reject(RejectionCode.NotAllowed, "NotAllowed_Role", step.By.Role, command, needed));
        }

        if (command is AttachEvidence attach)
        {
            return Attach(step, attach);
        }

        return command is PassDeadline ? Deadlines.Decide(step) : state.Stage switch
        {
            Stage.FirstReview => FirstReviewStage.Decide(step, command),
            Stage.Appeal => AppealStage.Decide(step, command),
            Stage.ReReview => ReReviewStage.Decide(step, command),
            Stage.Panel => PanelStage.Decide(step, command),
            Stage.FinalDecision => FinalDecisionStage.Decide(step, command),
            _ => ClosedStage.Decide(step, command),
        };
    }

    /// <summary>Evidence a reviewer attaches: a note and at least one file; stage, proposal and deadline unchanged.</summary>
    private static Decision Attach(Step step, AttachEvidence command) => new[]
    {
        Checks.Unless(string.IsNullOrWhiteSpace(command.Note), RejectionCode.ReasonRequired, "NoteRequired"),
        Checks.Unless(command.Evidence is not { Count: > 0 }, RejectionCode.InvalidEvidence, "EvidenceRequired"),
        Checks.Evidence(command.Evidence),
    }.Then(() => Decision.Accept(step.Keep(EventKind.EvidenceAttached, step.State.Stage, step.State.DueUtc)
        with { Statement = command.Note, Evidence = [.. command.Evidence] }));

    public static Decision WrongStage(Step step, CaseCommand command) =>
        Decision.Reject(Texts.Reject(RejectionCode.WrongStage, "WrongStage", step.State.Stage, command));
}
