namespace SmartReview.Rules.Settlements;

/// <summary>Checks a parsed settlement for consistency. Returns the first error, naming the field.</summary>
public static class SettlementValidator
{
    /// <summary>A line's amount may differ from quantity × unit price by rounding, at most one fen.</summary>
    public const decimal RoundingTolerance = 0.01m;

    /// <summary>The line ids seen so far, one set per thread reused from settlement to settlement.</summary>
    [ThreadStatic]
    private static HashSet<string>? t_lineIds;

    public static RecordError? Validate(Settlement s)
    {
        if (s.Facility.Level is < 1 or > 3)
        {
            return new("facility.level", $"must be 1, 2 or 3 (was {s.Facility.Level})");
        }

        if (s.DischargedAt < s.AdmittedAt)
        {
            return new("discharged_at", "discharge is before admission");
        }

        if (s.Person.BirthDate > s.AdmissionDate)
        {
            return new("person.birth_date", "birth date is after admission");
        }

        return ValidateDiagnoses(s) ?? ValidateOperations(s) ?? ValidateLines(s) ?? ValidateTotals(s);
    }

    private static RecordError? ValidateDiagnoses(Settlement s)
    {
        int main = 0;
        for (int i = 0; i < s.Diagnoses.Count; i++)
        {
            Diagnosis d = s.Diagnoses[i];
            if (!CodeFormats.IsDiagnosis(d.Code))
            {
                return new($"diagnoses[{i}].code", $"'{d.Code}' is not an ICD-10 医保版 code");
            }

            main += d.Main ? 1 : 0;
        }

        return main == 1 ? null : new("diagnoses", $"exactly one main diagnosis is required (found {main})");
    }

    private static RecordError? ValidateOperations(Settlement s)
    {
        for (int i = 0; i < s.Operations.Count; i++)
        {
            if (!CodeFormats.IsOperation(s.Operations[i].Code))
            {
                return new($"operations[{i}].code", $"'{s.Operations[i].Code}' is not an ICD-9-CM-3 医保版 code");
            }
        }

        return null;
    }

    private static RecordError? ValidateLines(Settlement s)
    {
        if (s.Lines.Count == 0)
        {
            return new("lines", "a settlement needs at least one line");
        }

        HashSet<string> ids = t_lineIds ??= new HashSet<string>(StringComparer.Ordinal);
        ids.Clear();
        for (int i = 0; i < s.Lines.Count; i++)
        {
            LineItem line = s.Lines[i];
            if (!ids.Add(line.LineId))
            {
                return new($"lines[{i}].line_id", $"duplicate line id '{line.LineId}'");
            }

            if (!CodeFormats.IsItemCode(line.Category, line.Code))
            {
                return new($"lines[{i}].code", $"'{line.Code}' is not {CodeFormats.Describe(line.Category)}");
            }

            if (line.Quantity <= 0)
            {
                return new($"lines[{i}].quantity", $"must be positive (was {line.Quantity})");
            }

            if (Math.Abs(line.Quantity * line.UnitPrice - line.Amount) > RoundingTolerance)
            {
                return new($"lines[{i}].amount", $"{line.Amount} is not quantity {line.Quantity} × unit price {line.UnitPrice}");
            }
        }

        return null;
    }

    private static RecordError? ValidateTotals(Settlement s)
    {
        decimal sum = 0;
        for (int i = 0; i < s.Lines.Count; i++)
        {
            sum += s.Lines[i].Amount;
        }

        Totals t = s.Totals;
        if (sum != t.Total)
        {
            return new("totals.total", $"{t.Total} does not equal the sum of the lines {sum}");
        }

        decimal parts = t.FundPaid + t.SelfPay + t.SelfFunded;
        return parts == t.Total ? null : new("totals", $"fund_paid + self_pay + self_funded = {parts}, not the total {t.Total}");
    }
}
