namespace SmartReview.Review.Flow;

/// <summary>
/// Events into state. Events are facts: nothing is checked but that they follow one another. A case a supervisor
/// opened has that supervisor as its first reviewer (the finding stands for first review's decision).
/// </summary>
internal static class Fold
{
    public static ReviewCase Start(CaseEvent opened)
    {
        if (opened.Kind != EventKind.CaseOpened || opened.Sequence != 1 || opened.Flag is null)
        {
            throw new InvalidOperationException($"a case starts with CaseOpened #1 carrying its flag, not {opened.Kind} #{opened.Sequence}");
        }

        return new ReviewCase(opened.Flag.FlagId, opened.Flag, 1, opened.StageAfter, opened.DueUtc, opened.OutcomeAfter,
            opened.AmountAfter, FinalOutcome: null, FirstReviewerId: opened.Role == Role.Supervisor ? opened.ActorId : null, ReReviewerId: null, Votes: [],
            AppealRound: opened.StageAfter == Stage.Appeal ? 1 : 0, Escalated: false, opened.AtUtc, ClosedUtc: null, opened.AtUtc);
    }

    public static ReviewCase Apply(ReviewCase state, CaseEvent e)
    {
        if (e.Kind == EventKind.CaseOpened || e.Sequence != state.Version + 1 || e.StageBefore != state.Stage)
        {
            throw new InvalidOperationException(
                $"case {state.CaseId} at #{state.Version} in {state.Stage} cannot take {e.Kind} #{e.Sequence} from {e.StageBefore}");
        }

        bool entersAppeal = e.StageAfter == Stage.Appeal && e.StageBefore != Stage.Appeal;
        ReviewCase next = state with
        {
            Version = e.Sequence,
            Stage = e.StageAfter,
            DueUtc = e.DueUtc,
            Proposed = e.OutcomeAfter,
            Amount = e.AmountAfter,
            AppealRound = entersAppeal ? (e.StageBefore == Stage.ReReview ? 2 : 1) : state.AppealRound,
            Escalated = e.Kind == EventKind.DeadlineEscalated || (state.Escalated && e.StageAfter == e.StageBefore),
            UpdatedUtc = e.AtUtc,
        };
        return e.Kind switch
        {
            EventKind.FlagConfirmed or EventKind.FlagDismissed => next with { FirstReviewerId = e.ActorId },
            EventKind.ReportAccepted or EventKind.ReportRejected =>
                next with { FirstReviewerId = e.ActorId, FinalOutcome = e.OutcomeAfter, ClosedUtc = e.AtUtc },
            EventKind.DecisionUpheld or EventKind.DecisionOverturned or EventKind.AmountAdjusted => next with { ReReviewerId = e.ActorId },
            EventKind.VoteCast => next with { Votes = [.. state.Votes, Vote(e)] },
            EventKind.DecisionFinalised => next with { FinalOutcome = e.OutcomeAfter, ClosedUtc = e.AtUtc, Sanctions = e.Sanctions },
            EventKind.DecisionCorrected => next with { FinalOutcome = e.OutcomeAfter, Sanctions = e.Sanctions },
            EventKind.ReceiptRecorded => next with { Received = Received(state, e) },
            EventKind.PointsRecorded or EventKind.PointsWithdrawn => PointsFold.Apply(next, e),
            EventKind.IndicatorRejudged => next with { Flag = Rejudged(state, e) },
            _ => next,
        };
    }

    /// <summary>Before a decision (first review) the re-judged flag replaces the case's; after one only its reading does.</summary>
    private static FlagSummary Rejudged(ReviewCase state, CaseEvent e)
    {
        FlagSummary flag = e.Flag ?? throw new InvalidOperationException($"IndicatorRejudged #{e.Sequence} has no flag");
        return state.Stage == Stage.FirstReview ? flag : state.Flag with { Indicator = flag.Indicator };
    }

    private static LedgerAmounts Received(ReviewCase state, CaseEvent e) =>
        e.Receipt is { } r ? state.Received.Add(r.Against, r.Amount) : throw new InvalidOperationException($"ReceiptRecorded #{e.Sequence} has no receipt");

    private static PanelVote Vote(CaseEvent e) =>
        new(e.ActorId, e.Vote ?? throw new InvalidOperationException($"VoteCast #{e.Sequence} has no vote"), e.VoteAmount, e.Reason ?? "");
}
