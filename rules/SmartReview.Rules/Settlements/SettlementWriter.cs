using System.Buffers;
using System.Buffers.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using SmartReview.Kernel;

namespace SmartReview.Rules.Settlements;

/// <summary>
/// Writes settlements as JSON Lines in exactly the wire format <see cref="SettlementParser"/> reads: snake_case
/// names, times in China time with their +08:00 offset, dates yyyy-MM-dd, money with two decimals, Chinese written
/// as is. <see cref="WriteRecord"/> writes one object to a caller's writer; an instance writes records to a stream,
/// one a line. Not thread-safe.
/// </summary>
public sealed class SettlementWriter : IDisposable
{
    /// <summary>Writer options for records: compact, unvalidated, non-ASCII left readable.</summary>
    public static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, SkipValidation = true };

    private const int FlushAt = 1 << 20;
    private static readonly JsonEncodedText SettlementId = JsonEncodedText.Encode("settlement_id"), Facility = JsonEncodedText.Encode("facility"),
        Person = JsonEncodedText.Encode("person"), Scheme = JsonEncodedText.Encode("scheme"), Setting = JsonEncodedText.Encode("setting"),
        AdmittedAt = JsonEncodedText.Encode("admitted_at"), DischargedAt = JsonEncodedText.Encode("discharged_at"),
        Department = JsonEncodedText.Encode("department"), Doctor = JsonEncodedText.Encode("doctor"), Diagnoses = JsonEncodedText.Encode("diagnoses"),
        Operations = JsonEncodedText.Encode("operations"), Drg = JsonEncodedText.Encode("drg"), Totals = JsonEncodedText.Encode("totals"),
        Lines = JsonEncodedText.Encode("lines"), Id = JsonEncodedText.Encode("id"), Name = JsonEncodedText.Encode("name"),
        Level = JsonEncodedText.Encode("level"), Region = JsonEncodedText.Encode("region"), Sex = JsonEncodedText.Encode("sex"),
        BirthDate = JsonEncodedText.Encode("birth_date"), Code = JsonEncodedText.Encode("code"), Main = JsonEncodedText.Encode("main"),
        PerformedAt = JsonEncodedText.Encode("performed_at"), Total = JsonEncodedText.Encode("total"), FundPaid = JsonEncodedText.Encode("fund_paid"),
        SelfPay = JsonEncodedText.Encode("self_pay"), SelfFunded = JsonEncodedText.Encode("self_funded"), LineId = JsonEncodedText.Encode("line_id"),
        Category = JsonEncodedText.Encode("category"), Quantity = JsonEncodedText.Encode("quantity"), UnitPrice = JsonEncodedText.Encode("unit_price"),
        Amount = JsonEncodedText.Encode("amount"), ChargedAt = JsonEncodedText.Encode("charged_at"), PaymentClass = JsonEncodedText.Encode("payment_class"),
        UploadedAt = JsonEncodedText.Encode("uploaded_at");

    private static readonly JsonEncodedText[] SexNames = Names<Sex>(EnumNames.Of), SchemeNames = Names<Scheme>(EnumNames.Of),
        SettingNames = Names<CareSetting>(EnumNames.Of), CategoryNames = Names<ItemCategory>(EnumNames.Of), ClassNames = Names<PaymentClass>(EnumNames.Of);

    private readonly Stream _output;
    private readonly ArrayBufferWriter<byte> _buffer = new(FlushAt + (FlushAt >> 2));
    private readonly Utf8JsonWriter _json;

    public SettlementWriter(Stream output)
    {
        _output = output;
        _json = new Utf8JsonWriter(_buffer, Options);
    }

    /// <summary>Writes one settlement as one line (the record and a line feed).</summary>
    public void Write(Settlement settlement)
    {
        _json.Reset(_buffer);
        WriteRecord(_json, settlement);
        _json.Flush();
        _buffer.GetSpan(1)[0] = (byte)'\n';
        _buffer.Advance(1);
        if (_buffer.WrittenCount >= FlushAt)
        {
            Drain();
        }
    }

    /// <summary>Writes buffered records to the stream and flushes it.</summary>
    public void Flush()
    {
        Drain();
        _output.Flush();
    }

    public void Dispose()
    {
        Drain();
        _json.Dispose();
    }

    /// <summary>One settlement as one JSON object (no line feed), to any writer.</summary>
    public static void WriteRecord(Utf8JsonWriter w, Settlement s)
    {
        w.WriteStartObject();
        w.WriteString(SettlementId, s.Id);
        w.WriteStartObject(Facility);
        w.WriteString(Id, s.Facility.Id);
        w.WriteString(Name, s.Facility.Name);
        w.WriteNumber(Level, s.Facility.Level);
        w.WriteString(Region, s.Facility.Region);
        w.WriteEndObject();
        w.WriteStartObject(Person);
        w.WriteString(Id, s.Person.Id);
        w.WriteString(Sex, SexNames[(int)s.Person.Sex]);
        WriteDate(w, BirthDate, s.Person.BirthDate);
        w.WriteEndObject();
        w.WriteString(Scheme, SchemeNames[(int)s.Scheme]);
        w.WriteString(Setting, SettingNames[(int)s.Setting]);
        WriteTime(w, AdmittedAt, s.AdmittedAt);
        WriteTime(w, DischargedAt, s.DischargedAt);
        w.WriteString(Department, s.Department);
        w.WriteString(Doctor, s.Doctor);
        WriteDiagnoses(w, s.Diagnoses);
        WriteOperations(w, s.Operations);
        if (s.Drg is not null)
        {
            w.WriteString(Drg, s.Drg);
        }

        WriteTotals(w, s.Totals);
        w.WriteStartArray(Lines);
        IReadOnlyList<LineItem> lines = s.Lines;
        for (int i = 0; i < lines.Count; i++)
        {
            WriteLine(w, lines[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void WriteDiagnoses(Utf8JsonWriter w, IReadOnlyList<Diagnosis> diagnoses)
    {
        w.WriteStartArray(Diagnoses);
        for (int i = 0; i < diagnoses.Count; i++)
        {
            w.WriteStartObject();
            w.WriteString(Code, diagnoses[i].Code);
            w.WriteString(Name, diagnoses[i].Name);
            w.WriteBoolean(Main, diagnoses[i].Main);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteOperations(Utf8JsonWriter w, IReadOnlyList<Operation> operations)
    {
        w.WriteStartArray(Operations);
        for (int i = 0; i < operations.Count; i++)
        {
            Operation o = operations[i];
            w.WriteStartObject();
            w.WriteString(Code, o.Code);
            w.WriteString(Name, o.Name);
            if (o.PerformedAt is DateTime at)
            {
                WriteTime(w, PerformedAt, at);
            }

            w.WriteBoolean(Main, o.Main);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteTotals(Utf8JsonWriter w, Totals t)
    {
        w.WriteStartObject(Totals);
        WriteMoney(w, Total, t.Total);
        WriteMoney(w, FundPaid, t.FundPaid);
        WriteMoney(w, SelfPay, t.SelfPay);
        WriteMoney(w, SelfFunded, t.SelfFunded);
        w.WriteEndObject();
    }

    private static void WriteLine(Utf8JsonWriter w, LineItem line)
    {
        w.WriteStartObject();
        w.WriteString(LineId, line.LineId);
        w.WriteString(Code, line.Code);
        w.WriteString(Name, line.Name);
        w.WriteString(Category, CategoryNames[(int)line.Category]);
        w.WriteNumber(Quantity, line.Quantity);
        WriteMoney(w, UnitPrice, line.UnitPrice);
        WriteMoney(w, Amount, line.Amount);
        WriteTime(w, ChargedAt, line.ChargedAt);
        w.WriteString(Department, line.Department);
        w.WriteString(Doctor, line.Doctor);
        w.WriteString(PaymentClass, ClassNames[(int)line.PaymentClass]);
        if (line.UploadedAt is DateTime uploaded)
        {
            WriteTime(w, UploadedAt, uploaded);
        }

        w.WriteEndObject();
    }

    /// <summary>Yuan with exactly two decimals (12.50, not 12.5). Values more precise than a fen are written as they are.</summary>
    private static void WriteMoney(Utf8JsonWriter w, JsonEncodedText name, decimal value)
    {
        Span<byte> text = stackalloc byte[40];
        int n;
        decimal fen = value * 100;
        if (fen == decimal.Truncate(fen) && Math.Abs(fen) < long.MaxValue / 2)
        {
            long whole = (long)fen;
            n = 0;
            if (whole < 0)
            {
                text[n++] = (byte)'-';
                whole = -whole;
            }

            Utf8Formatter.TryFormat(whole / 100, text[n..], out int written);
            n += written;
            text[n++] = (byte)'.';
            n += WriteDigits(text[n..], (int)(whole % 100), 2);
        }
        else
        {
            Utf8Formatter.TryFormat(value, text, out n);
        }

        w.WritePropertyName(name);
        w.WriteRawValue(text[..n], skipInputValidation: true);
    }

    /// <summary>A UTC time written in China time with its offset: 2024-03-01T08:30:00+08:00 (fractions of a second kept).</summary>
    private static void WriteTime(Utf8JsonWriter w, JsonEncodedText name, DateTime utc)
    {
        DateTime local = (utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc) + ChinaTime.Offset;
        Span<byte> text = stackalloc byte[33];
        int n = WriteDigits(text, local.Year, 4);
        text[n++] = (byte)'-';
        n += WriteDigits(text[n..], local.Month, 2);
        text[n++] = (byte)'-';
        n += WriteDigits(text[n..], local.Day, 2);
        text[n++] = (byte)'T';
        n += WriteDigits(text[n..], local.Hour, 2);
        text[n++] = (byte)':';
        n += WriteDigits(text[n..], local.Minute, 2);
        text[n++] = (byte)':';
        n += WriteDigits(text[n..], local.Second, 2);
        int fraction = (int)(local.Ticks % TimeSpan.TicksPerSecond);
        if (fraction != 0)
        {
            text[n++] = (byte)'.';
            n += WriteDigits(text[n..], fraction, 7);
        }

        "+08:00"u8.CopyTo(text[n..]);
        w.WriteString(name, text[..(n + 6)]);
    }

    private static void WriteDate(Utf8JsonWriter w, JsonEncodedText name, DateOnly date)
    {
        Span<byte> text = stackalloc byte[10];
        WriteDigits(text, date.Year, 4);
        text[4] = (byte)'-';
        WriteDigits(text[5..], date.Month, 2);
        text[7] = (byte)'-';
        WriteDigits(text[8..], date.Day, 2);
        w.WriteString(name, text);
    }

    private static int WriteDigits(Span<byte> into, int value, int width)
    {
        for (int i = width - 1; i >= 0; i--)
        {
            into[i] = (byte)('0' + value % 10);
            value /= 10;
        }

        return width;
    }

    private static JsonEncodedText[] Names<T>(Func<T, string> name) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Select(v => JsonEncodedText.Encode(name(v), Options.Encoder))];

    private void Drain()
    {
        if (_buffer.WrittenCount > 0)
        {
            _output.Write(_buffer.WrittenSpan);
            _buffer.ResetWrittenCount();
        }
    }
}
