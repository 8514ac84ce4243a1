namespace SmartReview.Review;

/// <summary>An amount for each kind that can be due on a case: recovery, penalty and liquidated damages, in yuan with fen.</summary>
public readonly record struct LedgerAmounts(decimal Recovery, decimal Penalty, decimal Damages)
{
    /// <summary>The kinds that can be due, in the order the ledger books them.</summary>
    public static IReadOnlyList<LedgerKind> DueKinds { get; } = [LedgerKind.Recovery, LedgerKind.Penalty, LedgerKind.Damages];

    /// <summary>Nothing of any kind.</summary>
    public static LedgerAmounts Zero => default;

    /// <summary>All kinds together.</summary>
    public decimal Total => Recovery + Penalty + Damages;

    /// <summary>The amount of <paramref name="kind"/>; 0 for <see cref="LedgerKind.Receipt"/>, which is never due.</summary>
    public decimal Of(LedgerKind kind) => kind switch
    {
        LedgerKind.Recovery => Recovery,
        LedgerKind.Penalty => Penalty,
        LedgerKind.Damages => Damages,
        _ => 0m,
    };

    /// <summary>These amounts with <paramref name="amount"/> added to <paramref name="kind"/> (a receipt kind is ignored).</summary>
    public LedgerAmounts Add(LedgerKind kind, decimal amount) => kind switch
    {
        LedgerKind.Recovery => this with { Recovery = Recovery + amount },
        LedgerKind.Penalty => this with { Penalty = Penalty + amount },
        LedgerKind.Damages => this with { Damages = Damages + amount },
        _ => this,
    };

    /// <summary>Kind by kind, these amounts and <paramref name="other"/>.</summary>
    public LedgerAmounts Plus(LedgerAmounts other) => new(Recovery + other.Recovery, Penalty + other.Penalty, Damages + other.Damages);

    /// <summary>Kind by kind, these amounts less <paramref name="other"/>.</summary>
    public LedgerAmounts Minus(LedgerAmounts other) => new(Recovery - other.Recovery, Penalty - other.Penalty, Damages - other.Damages);
}
