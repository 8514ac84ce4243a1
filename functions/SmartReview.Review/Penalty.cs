namespace SmartReview.Review;

/// <summary>A fine (罚款) under a legal basis of <see cref="SanctionRules"/> (its code, e.g. <c>art38</c>), in yuan with fen.</summary>
public sealed record Penalty(string Basis, decimal Amount);
