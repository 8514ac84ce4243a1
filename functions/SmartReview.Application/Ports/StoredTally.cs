using SmartReview.Rules.Indicators;

namespace SmartReview.Application.Ports;

/// <summary>One facility's stored indicator figures, one record per batch and month, and the ids of its indicator cases.</summary>
public sealed record StoredTally(IReadOnlyList<FacilityMonth> Months, IReadOnlySet<string> CaseIds);
