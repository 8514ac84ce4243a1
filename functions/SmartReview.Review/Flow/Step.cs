namespace SmartReview.Review.Flow;

/// <summary>One decision in the making: the case, who acts, when, and how to build the next event.</summary>
internal sealed record Step(ReviewCase State, Actor By, DateTimeOffset Now, ReviewSettings Settings, WorkingCalendar Calendar)
{
    public DateTimeOffset Due(int workingDays) => Calendar.DueUtc(Now, workingDays);

    /// <summary>The next event by <see cref="By"/> at <see cref="Now"/>, from the current stage and amount.</summary>
    public CaseEvent Event(EventKind kind, Stage after, Outcome? outcome, decimal? amount, DateTimeOffset? due, string? reason) =>
        new(State.Version + 1, kind, Now, By.Id, By.Role, State.Stage, after, State.Amount, amount, reason,
            DueUtc: due, OutcomeAfter: outcome);

    /// <summary>The next event, keeping the proposed outcome and amount.</summary>
    public CaseEvent Keep(EventKind kind, Stage after, DateTimeOffset? due, string? reason = null) =>
        Event(kind, after, State.Proposed, State.Amount, due, reason);

    /// <summary>Into final decision with an outcome, due after the final-decision days.</summary>
    public CaseEvent ToFinal(EventKind kind, Outcome outcome, decimal? amount, string? reason) =>
        Event(kind, Stage.FinalDecision, outcome, amount, Due(Settings.FinalDays), reason);

    /// <summary>Closed with a final outcome; no deadline.</summary>
    public CaseEvent Close(EventKind kind, Outcome outcome, decimal? amount, string? reason) =>
        Event(kind, Stage.Closed, outcome, outcome == Outcome.Confirmed ? amount : null, null, reason);

    /// <summary>
    /// A confirmed re-review: above the panel threshold straight to the panel, otherwise to the facility's second
    /// window (round 2) to contest or accept.
    /// </summary>
    public CaseEvent AfterReReview(EventKind kind, decimal amount, string reason) =>
        amount > Settings.PanelThreshold
            ? Event(kind, Stage.Panel, Outcome.Confirmed, amount, Due(Settings.PanelDays), reason)
            : Event(kind, Stage.Appeal, Outcome.Confirmed, amount, Due(Settings.AppealWindowDays), reason);

    /// <summary>Whether the actor already had a part in this case as first or re-reviewer.</summary>
    public bool ReviewedIt => By.Id == State.FirstReviewerId || By.Id == State.ReReviewerId;

    /// <summary>Whether the actor already had any part in deciding this case: reviewer or panel member.</summary>
    public bool InvolvedIn => ReviewedIt || State.Votes.Any(v => v.MemberId == By.Id);
}
