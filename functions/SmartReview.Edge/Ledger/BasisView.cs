using SmartReview.Review;

namespace SmartReview.Edge.Ledger;

/// <summary>A legal basis of a fine and, for a given loss, the lowest and highest fine it allows in yuan.</summary>
public sealed record BasisView(PenaltyBasis Basis, decimal? MinAmount, decimal? MaxAmount);
