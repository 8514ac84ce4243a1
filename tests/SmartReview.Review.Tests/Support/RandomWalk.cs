namespace SmartReview.Review.Tests.Support;

/// <summary>
/// A seeded random walk over commands: mostly the right role and sound input, sometimes not, with time moving on so
/// deadlines pass. Accepted events are applied; rejected commands change nothing.
/// </summary>
internal sealed class RandomWalk(int seed)
{
    private static readonly Actor[] People =
    [
        Actors.Reviewer, Actors.ReReviewer, new("rev-3", Role.Reviewer), Actors.Facility, Actors.OtherFacility, Actors.Panel(1),
        Actors.Panel(2), Actors.Panel(3), Actors.Panel(4), Actors.Panel(5), Actors.Reviewer.As(Role.PanelMember), Actors.Supervisor,
        new("sup-2", Role.Supervisor), Actors.ReReviewer.As(Role.Supervisor), Actors.Administrator, Actors.Timer,
    ];

    private readonly Random random = new(seed);

    public Scenario Run(int steps)
    {
        decimal stake = Pick(300m, 5000m, 8000.50m, 12_345.67m);
        Scenario s = (random.Next(2) == 0 ? new CaseBuilder() : new CaseBuilder().Definite()).AtStake(stake).PanelOf(random.Next(1, 6)).Open();
        for (int i = 0; i < steps; i++)
        {
            if (random.Next(4) == 0)
            {
                s.At(s.Now.AddHours(random.Next(1, 24 * 10)));
            }

            CaseCommand command = Command(s.Stake);
            Actor by = random.Next(5) == 0 ? Pick(People) : Pick([.. People.Where(p => p.Role == RoleFor(command))]);
            s.Do(command, by);
        }

        return s;
    }

    private CaseCommand Command(decimal stake)
    {
        decimal amount = Amount(stake);
        string reason = random.Next(10) == 0 ? " " : "理由";
        Outcome outcome = random.Next(2) == 0 ? Outcome.Confirmed : Outcome.Dismissed;
        return random.Next(14) switch
        {
            0 => new ConfirmFlag(amount, reason),
            1 => new DismissFlag(reason),
            2 => new AcceptDecision(null),
            3 => new FileAppeal(reason, []),
            4 => new UpholdDecision(reason),
            5 => new OverturnDecision(reason),
            6 => new AdjustAmount(amount, reason),
            7 => new ContestDecision(reason, [Evidence.Scan]),
            8 => new CastVote(outcome, outcome == Outcome.Confirmed ? amount : null, reason),
            9 => random.Next(3) == 0 ? new FinaliseDecision(reason, outcome, outcome == Outcome.Confirmed ? amount : null) : new FinaliseDecision(reason),
            10 => new CorrectDecision(outcome, outcome == Outcome.Confirmed ? amount : 0m, reason),
            12 => new RecordPoints(Pick("D0001", "D0002"), Responsibility.General, random.Next(0, 4), reason),
            13 => new WithdrawPoints(random.Next(1, 12), reason),
            _ => new PassDeadline(),
        };
    }

    private decimal Amount(decimal stake) => random.Next(10) switch
    {
        0 => Pick(0m, -1m, 1.234m, stake + 0.01m),
        1 => stake,
        _ => Math.Max(0.01m, decimal.Round(stake * (decimal)random.NextDouble(), 2)),
    };

    private static Role RoleFor(CaseCommand command) => command switch
    {
        ConfirmFlag or DismissFlag or UpholdDecision or OverturnDecision or AdjustAmount => Role.Reviewer,
        AcceptDecision or FileAppeal or ContestDecision => Role.Facility,
        CastVote => Role.PanelMember,
        FinaliseDecision or CorrectDecision or RecordPoints or WithdrawPoints => Role.Supervisor,
        _ => Role.System,
    };

    private T Pick<T>(params T[] items) => items[random.Next(items.Length)];
}
