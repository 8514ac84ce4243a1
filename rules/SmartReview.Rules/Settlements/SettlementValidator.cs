namespace SmartReview.Rules.Settlements;

/// <summary>Checks a parsed settlement for consistency. Returns the first error, naming the field.</summary>
public static class SettlementValidator
{
    /// <summary>A line's amount may differ from quantity × unit price by rounding, at most one fen.</summary>
    public const decimal RoundingTolerance = 0.01m;

    /// <summary>The line ids seen so far, one set per thread reused from settlement to settlement.</summary>
    [ThreadStatic]
    private static HashSet<string>? t_lineIds;

    public static RecordError? Validate(Settlement s) => ValidateStay(s) ?? ValidateLines(s) ?? ValidateTotals(s);

    /// <summary>
    /// Everything but the lines: facility level, the stay's dates, the birth date, diagnoses and operations. For a
    /// reader that checks each line as it reads it (<see cref="CheckLine"/>) and the totals itself (the national fold).
    /// </summary>
    public static RecordError? ValidateStay(Settlement s)
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

        return ValidateDiagnoses(s) ?? ValidateOperations(s);
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

        IReadOnlyList<LineItem> lines = s.Lines;
        HashSet<string>? ids = null;
        for (int i = 0; i < lines.Count; i++)
        {
            LineItem line = lines[i];
            if (IsDuplicateId(lines, i, ref ids))
            {
                return new($"lines[{i}].line_id", $"duplicate line id '{line.LineId}'");
            }

            if (CheckLine(line.Category, line.Code, line.Quantity, line.UnitPrice, line.Amount) is { } problem)
            {
                return new($"lines[{i}].{problem.Field}", problem.Reason);
            }
        }

        return null;
    }

    /// <summary>One line's own checks: its code fits its category, its quantity is positive, its amount is quantity × unit price (to a fen); the field (code, quantity, amount) and why.</summary>
    public static RecordError? CheckLine(ItemCategory category, ReadOnlySpan<char> code, decimal quantity, decimal unitPrice, decimal amount)
    {
        if (!CodeFormats.IsItemCode(category, code))
        {
            return new("code", $"'{code}' is not {CodeFormats.Describe(category)}");
        }

        if (quantity <= 0)
        {
            return new("quantity", $"must be positive (was {quantity})");
        }

        return AmountMatches(quantity, unitPrice, amount) ? null : new("amount", $"{amount} is not quantity {quantity} × unit price {unitPrice}");
    }

    /// <summary>
    /// Whether line <paramref name="index"/>'s id was seen before. Ids mostly come in ascending order, which proves
    /// them distinct without hashing; from the first id out of order on, they go through a set.
    /// </summary>
    private static bool IsDuplicateId(IReadOnlyList<LineItem> lines, int index, ref HashSet<string>? ids)
    {
        string id = lines[index].LineId;
        if (ids is null)
        {
            if (index == 0 || string.CompareOrdinal(lines[index - 1].LineId, id) < 0)
            {
                return false;
            }

            ids = t_lineIds ??= new HashSet<string>(StringComparer.Ordinal);
            ids.Clear();
            for (int i = 0; i < index; i++)
            {
                ids.Add(lines[i].LineId);
            }
        }

        return !ids.Add(id);
    }

    /// <summary>|quantity × unit price − amount| ≤ one fen, worked out on the decimals' integer parts when they are
    /// small (as nearly all are) and in decimal otherwise.</summary>
    private static bool AmountMatches(decimal quantity, decimal price, decimal amount)
    {
        Span<int> q = stackalloc int[4], p = stackalloc int[4], a = stackalloc int[4];
        decimal.GetBits(quantity, q);
        decimal.GetBits(price, p);
        decimal.GetBits(amount, a);
        int qs = Scale(q), ps = Scale(p), amountScale = Scale(a), scale = Math.Max(qs + ps, Math.Max(amountScale, 2));
        if ((q[1] | q[2] | p[1] | p[2] | a[2]) != 0 || scale >= Pow10.Length)
        {
            return Math.Abs(quantity * price - amount) <= RoundingTolerance;
        }

        // Everything times 10^scale: |q·p − a| ≤ 10^(scale−2). Mantissas below 2^32 (2^64 for the amount) and
        // scale ≤ 18 keep every term within 128 bits.
        Int128 product = (Int128)Signed(q) * Signed(p) * Pow10[scale - qs - ps];
        Int128 difference = product - (Int128)Signed(a) * Pow10[scale - amountScale];
        return Int128.Abs(difference) <= Pow10[scale - 2];
    }

    private static readonly long[] Pow10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000,
        10_000_000_000, 100_000_000_000, 1_000_000_000_000, 10_000_000_000_000, 100_000_000_000_000, 1_000_000_000_000_000,
        10_000_000_000_000_000, 100_000_000_000_000_000, 1_000_000_000_000_000_000];

    private static int Scale(Span<int> bits) => (bits[3] >> 16) & 0xFF;

    /// <summary>The mantissa's low 64 bits with the sign (the caller checked the high 32 are zero).</summary>
    private static Int128 Signed(Span<int> bits)
    {
        Int128 magnitude = (ulong)(uint)bits[1] << 32 | (uint)bits[0];
        return bits[3] < 0 ? -magnitude : magnitude;
    }

    private static RecordError? ValidateTotals(Settlement s)
    {
        decimal sum = 0;
        for (int i = 0; i < s.Lines.Count; i++)
        {
            sum += s.Lines[i].Amount;
        }

        return ValidateTotals(sum, s.Totals);
    }

    /// <summary>The totals against the sum of the lines' amounts, and fund-paid + self-pay + self-funded against the total.</summary>
    public static RecordError? ValidateTotals(decimal sumOfLines, Totals t)
    {
        decimal sum = sumOfLines;
        if (sum != t.Total)
        {
            return new("totals.total", $"{t.Total} does not equal the sum of the lines {sum}");
        }

        decimal parts = t.FundPaid + t.SelfPay + t.SelfFunded;
        return parts == t.Total ? null : new("totals", $"fund_paid + self_pay + self_funded = {parts}, not the total {t.Total}");
    }
}
