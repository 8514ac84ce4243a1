using SmartReview.Rules.Settlements;

namespace SmartReview.Host.Api;

/// <summary>
/// A case's settlement for the case page: the header (who, where, when, diagnoses, total in yuan) and every line, those
/// the case's flag names marked <see cref="SettlementLineView.Flagged"/>. Age in whole years at admission.
/// </summary>
internal sealed record SettlementView(string Key, string SettlementId, string FacilityId, string FacilityName, string PersonId, Sex Sex,
    DateOnly BirthDate, int Age, DateTime AdmittedAt, DateTime DischargedAt, DateOnly Admission, DateOnly Discharge,
    IReadOnlyList<Diagnosis> Diagnoses, decimal Total, IReadOnlyList<SettlementLineView> Lines)
{
    public static SettlementView Of(string key, Settlement s, IReadOnlyList<string> flaggedLines)
    {
        var flagged = new HashSet<string>(flaggedLines, StringComparer.Ordinal);
        return new SettlementView(key, s.Id, s.Facility.Id, s.Facility.Name, s.Person.Id, s.Person.Sex, s.Person.BirthDate,
            s.Person.AgeInYears(s.AdmissionDate), s.AdmittedAt, s.DischargedAt, s.AdmissionDate, s.DischargeDate, s.Diagnoses, s.Totals.Total,
            [.. s.Lines.Select(l => new SettlementLineView(l.LineId, l.Code, l.Name, l.Quantity, l.UnitPrice, l.Amount, l.ChargedAt, flagged.Contains(l.LineId)))]);
    }
}
