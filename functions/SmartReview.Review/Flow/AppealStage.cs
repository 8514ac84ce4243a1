namespace SmartReview.Review.Flow;

/// <summary>
/// 申诉: only the facility under review acts. Round 1 (after the first decision): appeal to re-review or accept.
/// Round 2 (after a re-review confirmed at or below the panel threshold): contest to the panel or accept.
/// </summary>
internal static class AppealStage
{
    public static Decision Decide(Step step, CaseCommand command)
    {
        ReviewCase state = step.State;
        Rejection? facility = Checks.Unless(step.By.FacilityId != state.Flag.FacilityId, RejectionCode.NotAllowed,
            "NotAllowed_Facility", state.Flag.FacilityId);
        bool roundTwo = state.AppealRound == 2;
        return command switch
        {
            AcceptDecision c => new[] { facility }.Then(() =>
                Decision.Accept(step.Keep(EventKind.DecisionAccepted, Stage.FinalDecision, step.Due(step.Settings.FinalDays),
                    Optional(c.Reason)))),
            FileAppeal c => new[]
            {
                facility, Checks.Unless(roundTwo, RejectionCode.WrongStage, "AppealRoundTwo"), Checks.Statement(c.Statement),
                Checks.Evidence(c.Evidence),
            }.Then(() => Decision.Accept(step.Keep(EventKind.AppealFiled, Stage.ReReview, step.Due(step.Settings.ReviewDays), Optional(c.Reason))
                with { Statement = c.Statement, Evidence = [.. c.Evidence ?? []] })),
            ContestDecision c => new[]
            {
                facility, Checks.Unless(!roundTwo, RejectionCode.WrongStage, "AppealRoundOne"), Checks.Statement(c.Statement),
                Checks.Evidence(c.Evidence),
            }.Then(() => Decision.Accept(step.Keep(EventKind.DecisionContested, Stage.Panel, step.Due(step.Settings.PanelDays), Optional(c.Reason))
                with { Statement = c.Statement, Evidence = [.. c.Evidence ?? []] })),
            _ => Stages.WrongStage(step, command),
        };
    }

    /// <summary>An optional reason: kept as typed, or null when blank.</summary>
    private static string? Optional(string? reason) => string.IsNullOrWhiteSpace(reason) ? null : reason;
}
