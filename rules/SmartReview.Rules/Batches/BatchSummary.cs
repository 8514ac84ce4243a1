namespace SmartReview.Rules.Batches;

/// <summary>Counts for a scored input. Always reconciles: <see cref="Received"/> = <see cref="Accepted"/> + <see cref="Rejected"/>.</summary>
public sealed class BatchSummary
{
    private readonly SortedDictionary<string, FamilyTotal> _byFamily = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, FamilyTotal> _byRule = new(StringComparer.Ordinal);

    public long Received { get; private set; }
    public long Accepted { get; private set; }
    public long Rejected { get; private set; }
    public long Flags { get; private set; }

    /// <summary>Settlements with at least one flag, counted per batch.</summary>
    public long FlaggedSettlements { get; private set; }
    /// <summary>The gross money the flags stake: the charges they name; nothing for flags whose amount a reviewer sets.</summary>
    public decimal AmountAtStake { get; private set; }

    /// <summary>The fund's share of <see cref="AmountAtStake"/>: what a bureau could recover (docs/decisions/0016-what-a-flag-stakes.md).</summary>
    public decimal FundAtStake { get; private set; }

    /// <summary>Flags that stake nothing until a reviewer sets the amount (large claims, whole-stay findings).</summary>
    public long LeftToReviewers { get; private set; }
    public long Bytes { get; private set; }
    public TimeSpan Elapsed { get; internal set; }
    public HashSet<string> Packs { get; } = [];

    /// <summary>Facility-month figures of every batch, for the indicator rules.</summary>
    public Indicators.IndicatorTally Indicators { get; } = new();

    public IReadOnlyDictionary<string, FamilyTotal> ByFamily => _byFamily;
    public IReadOnlyDictionary<string, FamilyTotal> ByRule => _byRule;

    public double SettlementsPerMinute => Elapsed.TotalSeconds > 0 ? Received / Elapsed.TotalMinutes : 0;

    public void Add(BatchResult result)
    {
        Received += result.Received;
        Accepted += result.Accepted;
        Rejected += result.Rejected;
        Bytes += result.Bytes;
        Flags += result.Flags.Count;
        Packs.Add(result.Pack);
        Indicators.Merge(result.Indicators);
        FlaggedSettlements += result.Flags.Select(f => f.SettlementId).Distinct().Count();
        foreach (Engine.Flag flag in result.Flags)
        {
            AmountAtStake += flag.Amount;
            FundAtStake += flag.FundAmount;
            LeftToReviewers += flag.Amount == 0 && flag.Ceiling > 0 ? 1 : 0;
            Tally(_byFamily, flag.Family, flag);
            Tally(_byRule, flag.RuleId, flag);
        }
    }

    private static void Tally(SortedDictionary<string, FamilyTotal> into, string key, Engine.Flag flag)
    {
        FamilyTotal current = into.GetValueOrDefault(key);
        into[key] = new FamilyTotal(current.Flags + 1, current.Amount + flag.Amount, current.FundAmount + flag.FundAmount);
    }
}

/// <summary>Flags, money at stake and the fund's share of it for one family or rule.</summary>
public readonly record struct FamilyTotal(long Flags, decimal Amount, decimal FundAmount);
