using System.Text.Json.Serialization;

namespace SmartReview.Review;

/// <summary>
/// Something an actor asks of a case; <see cref="ReviewFlow.Decide"/> turns it into events or a rejection.
/// The set is closed: every command is declared in this assembly. In JSON the kind is the "command" property.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "command")]
[JsonDerivedType(typeof(ConfirmFlag), nameof(ConfirmFlag))]
[JsonDerivedType(typeof(DismissFlag), nameof(DismissFlag))]
[JsonDerivedType(typeof(AcceptDecision), nameof(AcceptDecision))]
[JsonDerivedType(typeof(FileAppeal), nameof(FileAppeal))]
[JsonDerivedType(typeof(UpholdDecision), nameof(UpholdDecision))]
[JsonDerivedType(typeof(OverturnDecision), nameof(OverturnDecision))]
[JsonDerivedType(typeof(AdjustAmount), nameof(AdjustAmount))]
[JsonDerivedType(typeof(ContestDecision), nameof(ContestDecision))]
[JsonDerivedType(typeof(CastVote), nameof(CastVote))]
[JsonDerivedType(typeof(FinaliseDecision), nameof(FinaliseDecision))]
[JsonDerivedType(typeof(CorrectDecision), nameof(CorrectDecision))]
[JsonDerivedType(typeof(PassDeadline), nameof(PassDeadline))]
[JsonDerivedType(typeof(RecordReceipt), nameof(RecordReceipt))]
[JsonDerivedType(typeof(RecordPoints), nameof(RecordPoints))]
[JsonDerivedType(typeof(WithdrawPoints), nameof(WithdrawPoints))]
[JsonDerivedType(typeof(AcceptReport), nameof(AcceptReport))]
[JsonDerivedType(typeof(RejectReport), nameof(RejectReport))]
[JsonDerivedType(typeof(AttachEvidence), nameof(AttachEvidence))]
public abstract record CaseCommand
{
    private protected CaseCommand()
    {
    }
}
