namespace SmartReview.Review;

/// <summary>What happened to a case; every <see cref="CaseEvent"/> is one of these.</summary>
public enum EventKind
{
    /// <summary>The case was opened from a flag.</summary>
    CaseOpened,

    /// <summary>First review confirmed the flag for an amount.</summary>
    FlagConfirmed,

    /// <summary>First review dismissed the flag.</summary>
    FlagDismissed,

    /// <summary>The facility accepted the decision.</summary>
    DecisionAccepted,

    /// <summary>The facility appealed the first decision.</summary>
    AppealFiled,

    /// <summary>The appeal window passed without an appeal.</summary>
    AppealWindowLapsed,

    /// <summary>Re-review upheld the decision.</summary>
    DecisionUpheld,

    /// <summary>Re-review overturned the decision (dismissed).</summary>
    DecisionOverturned,

    /// <summary>Re-review confirmed for a different amount.</summary>
    AmountAdjusted,

    /// <summary>The facility contested the re-review (to the panel).</summary>
    DecisionContested,

    /// <summary>The contest window passed without a contest.</summary>
    ContestWindowLapsed,

    /// <summary>A panel member voted.</summary>
    VoteCast,

    /// <summary>All panel votes were in and the panel decided.</summary>
    PanelDecided,

    /// <summary>The decision became final; the case closed.</summary>
    DecisionFinalised,

    /// <summary>A deadline passed in a review stage; the case was escalated and the deadline re-armed.</summary>
    DeadlineEscalated,

    /// <summary>A supervisor corrected the decision of a closed case.</summary>
    DecisionCorrected,

    /// <summary>Money was received against what the closed case made due.</summary>
    ReceiptRecorded,

    /// <summary>A supervisor scored payment-qualification points to a person for a confirmed violation.</summary>
    PointsRecorded,

    /// <summary>A supervisor withdrew points recorded earlier on the case (the recording stays).</summary>
    PointsWithdrawn,

    /// <summary>
    /// A later batch of the month changed an indicator case's reading: before a decision, the case's value and amount at
    /// stake follow it; after one, the reading is recorded and the case keeps its amounts.
    /// </summary>
    IndicatorRejudged,

    /// <summary>A reviewer accepted a facility's self-inspection report: closed confirmed for its refund.</summary>
    ReportAccepted,

    /// <summary>A reviewer rejected a facility's self-inspection report: closed dismissed, nothing due.</summary>
    ReportRejected,

    /// <summary>A reviewer attached evidence files to the case, with a note.</summary>
    EvidenceAttached,
}
