namespace SmartReview.Review.Flow;

/// <summary>An indicator case meets its month's latest reading: the event that records it, or none (docs/decisions/0020).</summary>
internal static class Rejudging
{
    public static CaseEvent? Rejudge(ReviewCase state, FlagSummary latest, DateTimeOffset now)
    {
        IndicatorReading current = state.Flag.Indicator ?? throw new ArgumentException($"case {state.CaseId} is not an indicator case", nameof(state));
        IndicatorReading reading = latest.Indicator ?? throw new ArgumentException("the latest flag carries no indicator reading", nameof(latest));
        if (latest.FlagId != state.CaseId || latest.FacilityId != state.Flag.FacilityId || reading.Month != current.Month)
        {
            throw new ArgumentException($"flag {latest.FlagId} is not case {state.CaseId}'s facility-month", nameof(latest));
        }

        // A month's tally only grows: a reading on fewer stays is an earlier tally that lost a race, and changes nothing.
        bool beforeDecision = state.Stage == Stage.FirstReview;
        bool same = beforeDecision ? latest == state.Flag : reading == current;
        if (reading.Stays < current.Stays || same)
        {
            return null;
        }

        return new(state.Version + 1, EventKind.IndicatorRejudged, now, Actor.SystemId, Role.System, state.Stage, state.Stage, state.Amount,
            state.Amount, null, DueUtc: state.DueUtc, OutcomeAfter: state.Proposed, Flag: latest);
    }
}
