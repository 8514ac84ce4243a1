namespace SmartReview.Rules.Settlements.Binary;

/// <summary>
/// The binary settlement record, for handing folded settlements to the scorer without writing and parsing JSON. Not
/// a storage or exchange format: written and read by the same build. In order: id; facility id, name, level (byte),
/// region; person id, sex (byte), birth day number (int32); scheme, setting (bytes); admitted and discharged (UTC
/// ticks); department; doctor; DRG ("" for none); the four totals; the diagnoses (count, then code, name, main); the
/// operations (count, then code, name, performed ticks or -1, main); the lines (count, then each line as
/// <see cref="WriteLine(ByteWriter, LineItem)"/> writes it). Texts are a count and UTF-8; decimals as
/// <see cref="ByteWriter.Decimal"/>; a line's upload time as <see cref="ByteWriter.Number"/> of its ticks + 1, 0 for none.
/// </summary>
public static class SettlementBinary
{
    public static void Write(ByteWriter w, Settlement s)
    {
        WriteHead(w, s);
        w.Count(s.Lines.Count);
        foreach (LineItem line in s.Lines)
        {
            WriteLine(w, line);
        }
    }

    /// <summary>Everything before the lines; the caller then writes the line count and the lines.</summary>
    public static void WriteHead(ByteWriter w, Settlement s)
    {
        w.Text(s.Id);
        w.Text(s.Facility.Id);
        w.Text(s.Facility.Name);
        w.Byte((byte)s.Facility.Level);
        w.Text(s.Facility.Region);
        w.Text(s.Person.Id);
        w.Byte((byte)s.Person.Sex);
        w.Int32(s.Person.BirthDate.DayNumber);
        w.Byte((byte)s.Scheme);
        w.Byte((byte)s.Setting);
        w.Int64(s.AdmittedAt.Ticks);
        w.Int64(s.DischargedAt.Ticks);
        w.Text(s.Department);
        w.Text(s.Doctor);
        w.Text(s.Drg ?? "");
        w.Decimal(s.Totals.Total);
        w.Decimal(s.Totals.FundPaid);
        w.Decimal(s.Totals.SelfPay);
        w.Decimal(s.Totals.SelfFunded);
        w.Count(s.Diagnoses.Count);
        foreach (Diagnosis d in s.Diagnoses)
        {
            w.Text(d.Code);
            w.Text(d.Name);
            w.Byte(d.Main ? (byte)1 : (byte)0);
        }

        w.Count(s.Operations.Count);
        foreach (Operation o in s.Operations)
        {
            w.Text(o.Code);
            w.Text(o.Name);
            w.Int64(o.PerformedAt?.Ticks ?? -1);
            w.Byte(o.Main ? (byte)1 : (byte)0);
        }
    }

    public static void WriteLine(ByteWriter w, LineItem line)
    {
        w.Text(line.LineId);
        w.Text(line.Code);
        w.Text(line.Name);
        w.Text(line.Department);
        w.Text(line.Doctor);
        WriteLineValues(w, line.Category, line.PaymentClass, line.Quantity, line.UnitPrice, line.Amount, line.ChargedAt, line.UploadedAt);
    }

    /// <summary>A line from its fields as read (UTF-8 texts), as <see cref="WriteLine(ByteWriter, LineItem)"/> writes it.</summary>
    public static void WriteLine(ByteWriter w, ReadOnlySpan<byte> lineId, ReadOnlySpan<byte> code, ReadOnlySpan<byte> name, ReadOnlySpan<byte> department,
        ReadOnlySpan<byte> doctor, ItemCategory category, PaymentClass paymentClass, decimal quantity, decimal unitPrice, decimal amount, DateTime chargedAt,
        DateTime? uploadedAt)
    {
        w.Utf8(lineId);
        w.Utf8(code);
        w.Utf8(name);
        w.Utf8(department);
        w.Utf8(doctor);
        WriteLineValues(w, category, paymentClass, quantity, unitPrice, amount, chargedAt, uploadedAt);
    }

    private static void WriteLineValues(ByteWriter w, ItemCategory category, PaymentClass paymentClass, decimal quantity, decimal unitPrice, decimal amount,
        DateTime chargedAt, DateTime? uploadedAt)
    {
        w.Byte((byte)category);
        w.Byte((byte)paymentClass);
        w.Decimal(quantity);
        w.Decimal(unitPrice);
        w.Decimal(amount);
        w.Int64(chargedAt.Ticks);
        w.Number(uploadedAt is { } uploaded ? uploaded.Ticks + 1 : 0); // 1 byte for none, nearly every line
    }
}
