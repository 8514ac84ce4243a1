namespace SmartReview.Review;

/// <summary>
/// What a final decision orders beside the recovery: a fine by legal basis, agreement handling (each measure at most
/// once; suspending and ending the agreement exclude each other) and referrals. Only a confirmed violation carries
/// them. Equality compares the lists item by item.
/// </summary>
public sealed record Sanctions(Penalty? Penalty, IReadOnlyList<AgreementAction> Agreement, IReadOnlyList<Referral> Referrals)
{
    /// <summary>No fine, no measure, no referral.</summary>
    public static Sanctions None { get; } = new(null, [], []);

    /// <summary>Whether nothing is ordered.</summary>
    public bool IsEmpty => Penalty is null && Agreement.Count == 0 && Referrals.Count == 0;

    /// <summary>The liquidated damages ordered (0 when none).</summary>
    public decimal Damages => Agreement.Where(a => a?.Measure == AgreementMeasure.LiquidatedDamages).Sum(a => a.Amount.GetValueOrDefault());

    /// <inheritdoc />
    public bool Equals(Sanctions? other) =>
        other is not null && Penalty == other.Penalty && Agreement.SequenceEqual(other.Agreement) && Referrals.SequenceEqual(other.Referrals);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Penalty, Agreement.Count, Referrals.Count);
}
