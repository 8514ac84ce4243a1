namespace SmartReview.Rules.History;

/// <summary>What cross-settlement rules need to know of a stay (dates are China dates).</summary>
public sealed record StayRecord(string SettlementId, string PersonId, string FacilityId, DateOnly Admission, DateOnly Discharge, decimal Total);
