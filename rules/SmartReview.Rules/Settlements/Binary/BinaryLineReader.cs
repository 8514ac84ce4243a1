namespace SmartReview.Rules.Settlements.Binary;

/// <summary>
/// Reads lines in <see cref="SettlementBinary"/>'s line format, their texts from a string pool (codes, names,
/// departments and doctors repeat from line to line, so most cost neither decoding nor allocation). One per thread.
/// </summary>
public sealed class BinaryLineReader
{
    private readonly StringPool _pool = new();
    private int _departmentSlot = -1, _doctorSlot = -1;

    /// <summary>The next line, as a new object.</summary>
    public LineItem Read(ref ByteReader r)
    {
        Fields(ref r, out string lineId, out string code, out string name, out string department, out string doctor);
        return new LineItem
        {
            LineId = lineId, Code = code, Name = name, Department = department, Doctor = doctor, Category = (ItemCategory)r.Byte(),
            PaymentClass = (PaymentClass)r.Byte(), Quantity = r.Decimal(), UnitPrice = r.Decimal(), Amount = r.Decimal(), ChargedAt = Utc(r.Int64()),
            UploadedAt = Uploaded(r.Number()),
        };
    }

    /// <summary>The next line, written over <paramref name="line"/> (a recycling reader's own object).</summary>
    internal void ReadInto(ref ByteReader r, LineItem line)
    {
        Fields(ref r, out string lineId, out string code, out string name, out string department, out string doctor);
        var category = (ItemCategory)r.Byte();
        var paymentClass = (PaymentClass)r.Byte();
        decimal quantity = r.Decimal(), price = r.Decimal(), amount = r.Decimal();
        DateTime charged = Utc(r.Int64());
        line.Overwrite(lineId, code, name, category, quantity, price, amount, charged, department, doctor, paymentClass, Uploaded(r.Number()));
    }

    /// <summary>
    /// Only the next line's id (where its UTF-8 bytes start in the reader's bytes, and their length) and amount, the
    /// rest skipped: for a reader that orders and sums lines it copies (the national fold).
    /// </summary>
    public static (int Start, int Length) ReadIdAndAmount(ref ByteReader r, out decimal amount)
    {
        int length = r.Count();
        int start = r.Position;
        r.Next(length);
        r.Utf8();
        r.Utf8();
        r.Utf8();
        r.Utf8();
        r.Next(2);
        r.SkipDecimal();
        r.SkipDecimal();
        amount = r.Decimal();
        r.Next(8);
        r.Number();
        return (start, length);
    }

    /// <summary>A text of a settlement's head from the same pool ("" stays "").</summary>
    internal string Pooled(ref ByteReader r, string field)
    {
        int noHint = -1;
        return Pooled(ref r, field, ref noHint);
    }

    private void Fields(ref ByteReader r, out string lineId, out string code, out string name, out string department, out string doctor)
    {
        int codeSlot = -1, noHint = -1;
        lineId = Pooled(ref r, "line_id");
        code = Pooled(ref r, "code", ref codeSlot);
        name = Pooled(ref r, "name", ref codeSlot < 0 ? ref noHint : ref _pool.Companion(codeSlot));
        department = Pooled(ref r, "department", ref _departmentSlot);
        doctor = Pooled(ref r, "doctor", ref _doctorSlot);
    }

    private string Pooled(ref ByteReader r, string field, ref int hint)
    {
        ReadOnlySpan<byte> utf8 = r.Utf8();
        return utf8.IsEmpty ? "" : _pool.Get(utf8, field, ref hint);
    }

    private static DateTime Utc(long ticks) => new(ticks, DateTimeKind.Utc);

    private static DateTime? Uploaded(long number) => number == 0 ? null : Utc(number - 1);
}
