namespace SmartReview.Review;

/// <summary>What an actor may do in the flow.</summary>
public enum Role
{
    /// <summary>Bureau reviewer: first review and re-review.</summary>
    Reviewer,

    /// <summary>The medical facility under review: appeals, contests, acceptance.</summary>
    Facility,

    /// <summary>Member of the deliberation panel: one vote a case.</summary>
    PanelMember,

    /// <summary>Final decision and corrections.</summary>
    Supervisor,

    /// <summary>Views only; decides nothing.</summary>
    Administrator,

    /// <summary>The platform itself: opening cases and deadlines.</summary>
    System,
}
