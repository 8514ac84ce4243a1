namespace SmartReview.Synthetic.Planting;

/// <summary>A flag the rule model says a finished draft must raise: rule, entry (−1 for none), line indexes, related settlement.</summary>
internal sealed record ExpectedFlag(int Rule, int Entry, IReadOnlyList<int> Lines, string? Related);
