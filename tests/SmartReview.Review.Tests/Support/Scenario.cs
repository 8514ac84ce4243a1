namespace SmartReview.Review.Tests.Support;

/// <summary>
/// A case driven through <see cref="ReviewFlow"/>: accepted events are applied and their postings kept, time moves
/// only when told. The journey methods take the usual road to a stage.
/// </summary>
internal sealed class Scenario
{
    public Scenario(FlagSummary flag, ReviewSettings settings, DateTimeOffset now)
    {
        Settings = settings;
        Now = now;
        (State, CaseEvent opened) = ReviewFlow.Open(flag, now, settings, Calendar);
        Events.Add(opened);
    }

    /// <summary>A case a person opened by hand (<see cref="ReviewFlow.OpenByHand"/>), which must have been accepted.</summary>
    public Scenario(Opening opening, ReviewSettings settings, DateTimeOffset now)
    {
        Assert.True(opening.Ok, opening.Rejected?.Message);
        Settings = settings;
        Now = now;
        State = opening.Case!;
        Events.Add(opening.Opened!);
    }

    public ReviewSettings Settings { get; }

    public WorkingCalendar Calendar { get; } = WorkingCalendar.China;

    public ReviewCase State { get; private set; }

    public DateTimeOffset Now { get; private set; }

    public List<CaseEvent> Events { get; } = [];

    public List<LedgerPosting> Postings { get; } = [];

    public decimal Stake => State.Flag.AmountAtStake;

    public Decision Try(CaseCommand command, Actor by) => ReviewFlow.Decide(State, command, by, Now, Settings, Calendar);

    /// <summary>Decides and, when accepted, applies the events and keeps their postings.</summary>
    public Decision Do(CaseCommand command, Actor by)
    {
        Decision decision = Try(command, by);
        foreach (CaseEvent e in decision.Events)
        {
            Postings.AddRange(ReviewFlow.Postings(State, e));
            State = ReviewFlow.Apply(State, e);
            Events.Add(e);
        }

        return decision;
    }

    public Scenario Must(CaseCommand command, Actor by)
    {
        Decision decision = Do(command, by);
        Assert.True(decision.Ok, decision.Rejected?.Message);
        return this;
    }

    /// <summary>Asserts the command is refused with <paramref name="code"/> and changes nothing.</summary>
    public Rejection Refuses(CaseCommand command, Actor by, RejectionCode code)
    {
        ReviewCase before = State;
        Decision decision = Do(command, by);
        Assert.False(decision.Ok);
        Assert.Empty(decision.Events);
        Assert.Equal(before, State);
        Rejection rejection = Assert.IsType<Rejection>(decision.Rejected);
        Assert.Equal(code, rejection.Code);
        return rejection;
    }

    /// <summary>An indicator case meets a later reading of its month: the event, applied when there is one.</summary>
    public CaseEvent? Rejudge(FlagSummary latest)
    {
        CaseEvent? e = ReviewFlow.Rejudge(State, latest, Now);
        if (e is not null)
        {
            Postings.AddRange(ReviewFlow.Postings(State, e));
            State = ReviewFlow.Apply(State, e);
            Events.Add(e);
        }

        return e;
    }

    public Scenario At(DateTimeOffset now)
    {
        Now = now;
        return this;
    }

    public Scenario AtDue() => At(State.DueUtc ?? throw new InvalidOperationException("no deadline"));

    /// <summary>From first review: confirmed for <paramref name="amount"/> (the stake unless told).</summary>
    public Scenario ToAppeal(decimal? amount = null) =>
        State.Stage == Stage.FirstReview ? Must(new ConfirmFlag(amount ?? Stake, "说明：限女性用药"), Actors.Reviewer) : this;

    public Scenario ToReReview(decimal? amount = null) =>
        ToAppeal(amount).Must(new FileAppeal("诊断有误", [Evidence.Letter]), Actors.Facility);

    public Scenario ToAppealRoundTwo() => ToReReview().Must(new UpholdDecision("维持"), Actors.ReReviewer);

    /// <summary>Re-review upholds; at or below the threshold the facility contests, above it the panel follows directly.</summary>
    public Scenario ToPanel()
    {
        ToReReview().Must(new UpholdDecision("维持"), Actors.ReReviewer);
        return State.Stage == Stage.Panel ? this : Must(new ContestDecision("不服复审", []), Actors.Facility);
    }

    /// <summary>From first review or an appeal window: the facility accepts the decision.</summary>
    public Scenario ToFinalDecision() =>
        State.Stage == Stage.FinalDecision ? this : ToAppeal().Must(new AcceptDecision(null), Actors.Facility);

    public Scenario ToClosed() => ToFinalDecision().Must(new FinaliseDecision("同意"), Actors.Supervisor);

    public Scenario Vote(int member, Outcome outcome, decimal? amount) =>
        Must(new CastVote(outcome, amount, "合议意见"), Actors.Panel(member));
}
