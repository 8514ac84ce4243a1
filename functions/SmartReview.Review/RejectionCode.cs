namespace SmartReview.Review;

/// <summary>Why a command was refused.</summary>
public enum RejectionCode
{
    /// <summary>The command does not belong to the case's stage (or appeal round).</summary>
    WrongStage,

    /// <summary>The case is closed; only a correction is possible.</summary>
    CaseClosed,

    /// <summary>The actor's role, facility or earlier part in the case (separation of duties) forbids it.</summary>
    NotAllowed,

    /// <summary>An amount is zero, negative, above the amount at stake, finer than a fen, or given where none belongs.</summary>
    InvalidAmount,

    /// <summary>A reason or statement is empty.</summary>
    ReasonRequired,

    /// <summary>An evidence reference has no name or a negative size.</summary>
    InvalidEvidence,

    /// <summary>The panel member has already voted on this case.</summary>
    AlreadyVoted,

    /// <summary>The deadline has not passed yet.</summary>
    NotDue,

    /// <summary>A correction that changes neither outcome, amount nor sanctions.</summary>
    NoChange,

    /// <summary>A sanction the rules do not allow: an unknown basis, a measure repeated or missing its details, or sanctions on a dismissal.</summary>
    InvalidSanction,

    /// <summary>A receipt above what is outstanding of its kind, or a correction that would leave less due than was received.</summary>
    ExceedsOutstanding,

    /// <summary>Points outside the degree's range, a person code that does not read, or points the case already gave the person.</summary>
    InvalidPoints,

    /// <summary>A case opened by hand with an origin people do not open, or a facility, settlement or statement that does not read.</summary>
    InvalidCase,
}
