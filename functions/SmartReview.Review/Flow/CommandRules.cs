using System.Diagnostics;

namespace SmartReview.Review.Flow;

/// <summary>Which role may give each command, and in which stage it belongs.</summary>
internal static class CommandRules
{
    public static Role RoleFor(CaseCommand command) => command switch
    {
        ConfirmFlag or DismissFlag or UpholdDecision or OverturnDecision or AdjustAmount => Role.Reviewer,
        AcceptReport or RejectReport or AttachEvidence => Role.Reviewer,
        AcceptDecision or FileAppeal or ContestDecision => Role.Facility,
        CastVote => Role.PanelMember,
        FinaliseDecision or CorrectDecision or RecordReceipt => Role.Supervisor,
        RecordPoints or WithdrawPoints => Role.Supervisor,
        PassDeadline => Role.System,
        _ => throw new UnreachableException(command.GetType().Name),
    };

    public static bool BelongsTo(CaseCommand command, Stage stage) => command switch
    {
        ConfirmFlag or DismissFlag or AcceptReport or RejectReport => stage == Stage.FirstReview,
        AttachEvidence => stage != Stage.Closed,
        AcceptDecision or FileAppeal or ContestDecision => stage == Stage.Appeal,
        UpholdDecision or OverturnDecision or AdjustAmount => stage == Stage.ReReview,
        CastVote => stage == Stage.Panel,
        FinaliseDecision => stage == Stage.FinalDecision,
        CorrectDecision or RecordReceipt => stage == Stage.Closed,
        RecordPoints or WithdrawPoints => stage == Stage.Closed,
        PassDeadline => stage != Stage.Closed,
        _ => throw new UnreachableException(command.GetType().Name),
    };
}
