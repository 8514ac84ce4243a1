using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.History;

/// <summary>What cross-settlement rules need to know of a stay (dates are China dates).</summary>
public sealed record StayRecord(string SettlementId, string PersonId, string FacilityId, DateOnly Admission, DateOnly Discharge, decimal Total,
    int Level, Scheme Scheme, CareSetting Setting)
{
    public static StayRecord Of(Settlement s) =>
        new(s.Id, s.Person.Id, s.Facility.Id, s.AdmissionDate, s.DischargeDate, s.Totals.Total, s.Facility.Level, s.Scheme, s.Setting);
}
