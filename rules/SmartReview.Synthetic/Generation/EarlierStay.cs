namespace SmartReview.Synthetic.Generation;

/// <summary>The earlier stay of a planted split admission: what the later stay's flag must name.</summary>
internal sealed record EarlierStay(string SettlementId, string FacilityId, int DischargeDay, DateTime DischargedAt);
