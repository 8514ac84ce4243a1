using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Generation;

/// <summary>Turns a finished draft into the settlement model that gets written.</summary>
internal static class SettlementAssembler
{
    public static Settlement Assemble(StayDraft d)
    {
        var lines = new LineItem[d.Lines.Count];
        for (int i = 0; i < lines.Length; i++)
        {
            DraftLine l = d.Lines[i];
            lines[i] = new LineItem
            {
                LineId = l.LineId, Code = l.Item.Code, Name = l.Item.Name, Category = l.Item.Category, Quantity = l.Quantity,
                UnitPrice = l.UnitPrice, Amount = l.Amount, ChargedAt = l.ChargedAt, Department = l.Department ?? d.Department, Doctor = d.Doctor,
                PaymentClass = l.Item.Class, UploadedAt = l.UploadedAt,
            };
        }

        return new Settlement
        {
            Id = d.Id, Facility = d.Facility.Facility, Person = d.Person, Scheme = d.Scheme, Setting = d.Setting, AdmittedAt = d.AdmittedAt,
            DischargedAt = d.DischargedAt, Department = d.Department, Doctor = d.Doctor, Diagnoses = [.. d.Diagnoses],
            Operations = [.. d.Operations], Drg = d.Drg, Totals = PayerSplit.Of(d), Lines = lines,
        };
    }
}
