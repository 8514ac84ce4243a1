namespace SmartReview.Review;

/// <summary>
/// A legal basis for a fine, as data (<see cref="SanctionRules"/>): its code, its name in both languages, and the
/// range it allows — multiples of the loss or fixed yuan.
/// </summary>
public sealed record PenaltyBasis(string Code, string NameZh, string NameEn, PenaltyScale Scale, decimal Min, decimal Max)
{
    /// <summary>
    /// The fines this basis allows for a confirmed <paramref name="loss"/>, in fen: a multiple's lower bound is rounded
    /// up and its upper bound down to the fen, so every amount in the range is within the law's multiples.
    /// </summary>
    public (decimal Min, decimal Max) Range(decimal loss) => Scale == PenaltyScale.Fixed
        ? (Min, Max)
        : (Math.Ceiling(loss * Min * 100m) / 100m, Math.Floor(loss * Max * 100m) / 100m);

    /// <summary>Whether <paramref name="amount"/> lies in <see cref="Range"/> for <paramref name="loss"/>.</summary>
    public bool Allows(decimal amount, decimal loss)
    {
        (decimal min, decimal max) = Range(loss);
        return amount >= min && amount <= max && amount > 0m;
    }
}
