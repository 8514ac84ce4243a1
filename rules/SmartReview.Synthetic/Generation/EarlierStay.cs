namespace SmartReview.Synthetic.Generation;

/// <summary>The person's stay a booked stay follows (split admission, overlap, frequent admissions): what its flag must name.</summary>
internal sealed record EarlierStay(string SettlementId, string FacilityId, int AdmissionDay, int DischargeDay, DateTime DischargedAt)
{
    public static EarlierStay Of(StayDraft d) => new(d.Id, d.Facility.Id, d.AdmissionDay, d.DischargeDay, d.DischargedAt);
}
