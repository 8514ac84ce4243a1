using SmartReview.National.Rows;
using SmartReview.Rules.Settlements;

namespace SmartReview.National.Folding;

/// <summary>
/// Builds one settlement's head from its joined header and checks it and its rows as the JSON Lines reader would
/// (<see cref="SettlementValidator"/>: the stay here, each line's own checks when its row was read, the rest across
/// the lines here). Lines are ordered by feedetl_sn, diagnoses and operations by their sort
/// number (else their row). Returns the row at fault when the settlement cannot be accepted.
/// </summary>
internal static class SettlementAssembler
{
    public static Culprit? Build(HeaderRow header, ChildRows rows, out Settlement? settlement)
    {
        settlement = null;
        SettlementRow s = header.Settlement;
        if (header.Dead is not null || header.Visit is null)
        {
            return new Culprit(NationalTable.Settlement, s.At, header.Dead ?? new RowError(null, null, "no visit"));
        }

        if (FirstBad(rows) is { } bad)
        {
            return bad;
        }

        rows.Fees.Sort(FeeRow.Compare);
        rows.Diagnoses.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.At.CompareTo(b.At));
        rows.Operations.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : a.At.CompareTo(b.At));
        VisitRow v = header.Visit;
        var built = new Settlement
        {
            Id = s.SettlementId,
            Facility = new Facility(v.FacilityId, v.FacilityName, v.Level, v.Region),
            Person = new Person(v.PersonId, v.Sex, v.BirthDate),
            Scheme = v.Scheme,
            Setting = v.Setting,
            AdmittedAt = v.AdmittedAt,
            DischargedAt = v.DischargedAt,
            Department = v.Department,
            Doctor = v.Doctor,
            Diagnoses = rows.Diagnoses.ConvertAll(d => new Diagnosis(d.Code, d.Name, d.Main)),
            Operations = rows.Operations.ConvertAll(o => new Operation(o.Code, o.Name, o.PerformedAt, o.Main)),
            Drg = s.Drg.Length > 0 ? s.Drg : null,
            Totals = new Totals(s.Total, s.FundPaid, s.PersonPart - s.OwnPay, s.OwnPay),
            Lines = [], // the lines' bytes are copied as they are; the settlement is built for its checks and its head
        };
        if ((SettlementValidator.ValidateStay(built) ?? CheckLines(rows.Fees, built.Totals)) is { } error)
        {
            return Blame(error, header, rows);
        }

        settlement = built;
        return null;
    }

    /// <summary>
    /// What the JSON route checks across lines (each line's own checks were made when its row was read): at least one
    /// line, no line id twice (they are in order, so a repeat is next to its first), and the totals against their sum.
    /// </summary>
    private static RecordError? CheckLines(List<FeeRow> fees, Totals totals)
    {
        if (fees.Count == 0)
        {
            return new RecordError("lines", "a settlement needs at least one line");
        }

        decimal sum = fees[0].Amount;
        for (int i = 1; i < fees.Count; i++)
        {
            if (fees[i].LineIdUtf8.SequenceEqual(fees[i - 1].LineIdUtf8))
            {
                return new RecordError($"lines[{i}].line_id", $"duplicate line id '{fees[i].LineId}'");
            }

            sum += fees[i].Amount;
        }

        return SettlementValidator.ValidateTotals(sum, totals);
    }

    private static Culprit? FirstBad(ChildRows rows)
    {
        foreach (FeeRow f in rows.Fees)
        {
            if (f.Error is not null)
            {
                return new Culprit(NationalTable.FeeLine, f.At, f.Error);
            }
        }

        foreach (DiagnosisRow d in rows.Diagnoses)
        {
            if (d.Error is not null)
            {
                return new Culprit(NationalTable.Diagnosis, d.At, d.Error);
            }
        }

        foreach (OperationRow o in rows.Operations)
        {
            if (o.Error is not null)
            {
                return new Culprit(NationalTable.Operation, o.At, o.Error);
            }
        }

        return null;
    }

    /// <summary>The row a validation error points at: a fee line, diagnosis or operation by index, else the settlement row.</summary>
    private static Culprit Blame(RecordError error, HeaderRow header, ChildRows rows)
    {
        (string array, int index, string? column) = FieldColumns.Of(error.Field);
        return array switch
        {
            "lines" when index < rows.Fees.Count => new Culprit(NationalTable.FeeLine, rows.Fees[index].At, new RowError(column, null, error.Reason)),
            "diagnoses" when index < rows.Diagnoses.Count => new Culprit(NationalTable.Diagnosis, rows.Diagnoses[index].At, new RowError(column, null, error.Reason)),
            "operations" when index < rows.Operations.Count => new Culprit(NationalTable.Operation, rows.Operations[index].At, new RowError(column, null, error.Reason)),
            _ => new Culprit(NationalTable.Settlement, header.Settlement.At, new RowError(column, null, $"{error.Field}: {error.Reason}")),
        };
    }
}
