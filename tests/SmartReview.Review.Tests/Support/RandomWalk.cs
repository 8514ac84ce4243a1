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

    /// <summary>Draws of its own, so indicator walks leave the other walks' commands as they were.</summary>
    private readonly Random readings = new(seed + 1_000_000);

    public Scenario Run(int steps)
    {
        decimal stake = Pick(300m, 5000m, 8000.50m, 12_345.67m);
        Scenario s = random.Next(6) switch
        {
            0 => new Scenario(Support.ByHand.Try(Support.ByHand.Report with { Amount = stake }, Actors.Facility), new ReviewSettings(), CaseBuilder.Monday),
            1 => new Scenario(Support.ByHand.Try(Support.ByHand.Inspection with { Amount = stake }, Actors.Supervisor),
                new ReviewSettings { PanelSize = random.Next(1, 6) }, CaseBuilder.Monday),
            _ => (random.Next(2) == 0 ? new CaseBuilder() : new CaseBuilder().Definite()).AtStake(stake).PanelOf(random.Next(1, 6)).Open(),
        };
        bool indicator = seed % 4 == 0 && s.State.Flag.Source == CaseOrigin.RuleFlag;
        if (indicator)
        {
            s = new Scenario(Indicator(s.State.Flag, 30), s.Settings, s.Now);
        }

        for (int i = 0; i < steps; i++)
        {
            if (indicator && readings.Next(8) == 0)
            {
                s.Rejudge(Indicator(s.State.Flag, s.State.Flag.Indicator!.Stays + readings.Next(0, 20)));
            }

            if (random.Next(4) == 0)
            {
                s.At(s.Now.AddHours(random.Next(1, 24 * 10)));
            }

            CaseCommand command = Command(s);
            Actor by = random.Next(5) == 0 ? Pick(People) : Pick([.. People.Where(p => p.Role == RoleFor(command))]);
            s.Do(command, by);
        }

        return s;
    }

    private CaseCommand Command(Scenario s)
    {
        decimal stake = s.Stake;
        decimal amount = Amount(stake);
        string reason = random.Next(10) == 0 ? " " : "理由";
        Outcome outcome = random.Next(2) == 0 ? Outcome.Confirmed : Outcome.Dismissed;
        return random.Next(19) switch
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
            9 => random.Next(3) == 0
                ? new FinaliseDecision(reason, outcome, outcome == Outcome.Confirmed ? amount : null, Sanctions(amount))
                : new FinaliseDecision(reason, Sanctions: Sanctions(s.State.Amount ?? amount)),
            10 => new CorrectDecision(outcome, outcome == Outcome.Confirmed ? amount : 0m, reason, random.Next(2) == 0 ? null : Sanctions(amount)),
            12 or 13 => Receipt(s.State),
            14 => new RecordPoints(Pick("D0001", "D0002"), Responsibility.General, random.Next(0, 4), reason),
            15 => new WithdrawPoints(random.Next(1, 12), reason),
            16 => new AcceptReport(reason),
            17 => new RejectReport(reason),
            18 => new AttachEvidence(reason, random.Next(4) == 0 ? [] : [Evidence.Letter]),
            _ => new PassDeadline(),
        };
    }

    /// <summary>The flag as an indicator case's reading on <paramref name="stays"/> stays, above the threshold or not, with money at stake or none.</summary>
    private FlagSummary Indicator(FlagSummary flag, long stays)
    {
        bool above = readings.Next(4) != 0;
        decimal amount = above ? decimal.Round(12_000m * (decimal)readings.NextDouble(), 2) : 0m;
        return flag with
        {
            AmountAtStake = amount, Ceiling = amount, Origin = CaseOrigin.Indicator,
            Indicator = new IndicatorReading("drug_share", "2024-02", above ? 0.5m : 0.3m, 0.4m, stays, above),
        };
    }

    /// <summary>None, or a fine of 1–2× the loss under art. 38 (sometimes out of range) with liquidated damages and a referral.</summary>
    private Sanctions? Sanctions(decimal loss) => random.Next(3) switch
    {
        0 => null,
        1 => new Sanctions(new Penalty("art38", decimal.Round(loss * Pick(1m, 1.5m, 2m, 2.5m), 2)), [], []),
        _ => new Sanctions(new Penalty("art40", decimal.Round(loss * 2m, 2)), [new AgreementAction(AgreementMeasure.LiquidatedDamages, Pick(500m, 0.01m))],
            [Referral.Police]),
    };

    /// <summary>A receipt of some kind: part or all of what is outstanding, sometimes more.</summary>
    private RecordReceipt Receipt(ReviewCase state)
    {
        LedgerKind kind = Pick(LedgerKind.Recovery, LedgerKind.Penalty, LedgerKind.Damages);
        decimal outstanding = state.Outstanding.Of(kind);
        decimal amount = random.Next(4) switch
        {
            0 => outstanding + 0.01m,
            1 => outstanding,
            _ => Math.Max(0.01m, decimal.Round(outstanding * (decimal)random.NextDouble(), 2)),
        };
        return new RecordReceipt(kind, amount, Pick(ReceiptMethod.Deduction, ReceiptMethod.Transfer), "V-" + random.Next(1000));
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
        AcceptReport or RejectReport or AttachEvidence => Role.Reviewer,
        AcceptDecision or FileAppeal or ContestDecision => Role.Facility,
        CastVote => Role.PanelMember,
        FinaliseDecision or CorrectDecision or RecordReceipt or RecordPoints or WithdrawPoints => Role.Supervisor,
        _ => Role.System,
    };

    private T Pick<T>(params T[] items) => items[random.Next(items.Length)];
}
