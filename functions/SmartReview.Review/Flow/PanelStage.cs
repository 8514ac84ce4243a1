namespace SmartReview.Review.Flow;

/// <summary>
/// 合议: each panel member who did not review the case votes once. The vote that completes the panel also
/// decides it (<see cref="PanelTally"/>), in the same decision, as the platform.
/// </summary>
internal static class PanelStage
{
    public static Decision Decide(Step step, CaseCommand command) => command switch
    {
        CastVote c => Vote(step, c),
        _ => Stages.WrongStage(step, command),
    };

    private static Decision Vote(Step step, CastVote vote)
    {
        ReviewCase state = step.State;
        return new[]
        {
            Checks.Unless(step.ReviewedIt, RejectionCode.NotAllowed, "NotAllowed_PanelMemberReviewed", step.By.Id),
            Checks.Unless(state.Votes.Any(v => v.MemberId == step.By.Id), RejectionCode.AlreadyVoted, "AlreadyVoted", step.By.Id),
            Checks.Reason(vote.Reason),
            Checks.Verdict(vote.Vote, vote.Amount, state.Flag.Cap),
        }.Then(() =>
        {
            CaseEvent cast = step.Keep(EventKind.VoteCast, Stage.Panel, state.DueUtc, vote.Reason) with
            {
                Vote = vote.Vote,
                VoteAmount = vote.Amount,
            };
            ReviewCase after = Fold.Apply(state, cast);
            if (after.Votes.Count < step.Settings.PanelSize)
            {
                return Decision.Accept(cast);
            }

            (Outcome outcome, decimal? amount) = PanelTally.Decide(after.Votes, step.Settings.PanelSize);
            Step platform = step with { State = after, By = Actor.System };
            return Decision.Accept(cast, platform.ToFinal(EventKind.PanelDecided, outcome, amount, null));
        });
    }
}
