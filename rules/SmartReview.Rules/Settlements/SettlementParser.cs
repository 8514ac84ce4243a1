using System.Text.Json;

namespace SmartReview.Rules.Settlements;

/// <summary>
/// Parses one JSON Lines record into a <see cref="Settlement"/> and validates it. Not thread-safe (it owns a string
/// pool and buffers): use one parser per thread. Unknown properties are ignored so that extracts may carry more columns.
/// </summary>
public sealed class SettlementParser : ISettlementReader
{
    private static readonly string[] SettlementFields = ["settlement_id", "facility", "person", "scheme", "setting", "admitted_at", "discharged_at",
            "department", "doctor", "diagnoses", "totals", "lines"];
    private static readonly string[] FacilityFields = ["id", "name", "level", "region"];
    private static readonly string[] PersonFields = ["id", "sex", "birth_date"];
    private static readonly string[] TotalsFields = ["total", "fund_paid", "self_pay", "self_funded"];
    private static readonly string[] DiagnosisFields = ["code", "name", "main"];
    private static readonly string[] OperationFields = ["code", "name", "main"];
    private static readonly string[] LineFields = ["line_id", "code", "name", "category", "quantity", "unit_price", "amount", "charged_at",
            "department", "doctor", "payment_class"];

    private static readonly byte[][] QuotedLineFields = [.. LineFields.Append("uploaded_at").Select(f => System.Text.Encoding.UTF8.GetBytes($"\"{f}\":"))];

    private readonly StringPool _pool = new();
    private readonly int[] _lineOrder = [.. Enumerable.Repeat(-1, 16)];
    private int[] _lineIdSlots = [];
    private int _departmentSlot = -1, _doctorSlot = -1;
    private readonly bool _recycle;
    private readonly List<LineItem> _lines = [];
    private readonly List<LineItem> _spare = [];

    /// <summary>
    /// A parser. With <paramref name="recycle"/> the settlement a successful <see cref="Parse"/> returns is valid only
    /// until the next call: its line list and line objects are the parser's own and are refilled by the next record.
    /// For callers that score a settlement and drop it before parsing the next (batch scoring); it saves most of
    /// what parsing allocates.
    /// </summary>
    public SettlementParser(bool recycle = false)
    {
        _recycle = recycle;
    }

    public ParseResult Parse(ReadOnlySpan<byte> json)
    {
        // Most records are plain JSON (no escapes), which the plain reader reads fast. Records it gives up on, and
        // every record in error, are read with System.Text.Json, so results and error messages never depend on
        // which reader ran.
        if (PlainJsonReader.CanRead(json))
        {
            try
            {
                var plain = new PlainJsonReader(json);
                string? plainId = null;
                return Validated(Read(ref plain, ref plainId));
            }
            catch (Exception e) when (e is PlainJsonReader.NotPlainException or InvalidRecordException)
            {
            }
        }

        string? id = null;
        try
        {
            var reader = new SystemJsonTokens(json);
            return Validated(Read(ref reader, ref id));
        }
        catch (InvalidRecordException e)
        {
            return new ParseResult(null, e.Error, id);
        }
        catch (JsonException e)
        {
            return new ParseResult(null, new RecordError("(json)", $"malformed JSON: {e.Message}"), id);
        }
    }

    private static ParseResult Validated(Settlement settlement)
    {
        RecordError? error = SettlementValidator.Validate(settlement);
        return new ParseResult(error is null ? settlement : null, error, settlement.Id);
    }

    private Settlement Read<TReader>(ref TReader reader, ref string? id)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        Settlement settlement = ReadSettlement(ref reader, ref id);
        if (reader.Read())
        {
            throw new InvalidRecordException("(json)", "more than one JSON value on the line");
        }

        return settlement;
    }

    private Settlement ReadSettlement<TReader>(ref TReader r, ref string? id)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (!r.Read() || r.TokenType != JsonTokenType.StartObject)
        {
            throw new InvalidRecordException("(json)", "a record must be one JSON object");
        }

        var seen = new Required(SettlementFields);
        Facility? facility = null;
        Person? person = null;
        Scheme scheme = default;
        CareSetting setting = default;
        DateTime admitted = default, discharged = default;
        string department = "", doctor = "";
        string? drg = null;
        List<Diagnosis> diagnoses = [];
        List<Operation> operations = [];
        Totals? totals = null;
        List<LineItem> lines = _lines;
        lines.Clear();

        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("settlement_id"u8)) { id = JsonValues.String(ref r, "settlement_id", null); seen.Mark(0); }
            else if (r.ValueTextEquals("facility"u8)) { facility = ReadFacility(ref r); seen.Mark(1); }
            else if (r.ValueTextEquals("person"u8)) { person = ReadPerson(ref r); seen.Mark(2); }
            else if (r.ValueTextEquals("scheme"u8)) { scheme = EnumNames.Read<Scheme, TReader>(ref r, "scheme"); seen.Mark(3); }
            else if (r.ValueTextEquals("setting"u8)) { setting = EnumNames.Read<CareSetting, TReader>(ref r, "setting"); seen.Mark(4); }
            else if (r.ValueTextEquals("admitted_at"u8)) { admitted = JsonValues.DateTime(ref r, "admitted_at"); seen.Mark(5); }
            else if (r.ValueTextEquals("discharged_at"u8)) { discharged = JsonValues.DateTime(ref r, "discharged_at"); seen.Mark(6); }
            else if (r.ValueTextEquals("department"u8)) { department = JsonValues.String(ref r, "department", _pool); seen.Mark(7); }
            else if (r.ValueTextEquals("doctor"u8)) { doctor = JsonValues.String(ref r, "doctor", _pool); seen.Mark(8); }
            else if (r.ValueTextEquals("diagnoses"u8)) { ReadDiagnoses(ref r, diagnoses); seen.Mark(9); }
            else if (r.ValueTextEquals("totals"u8)) { totals = ReadTotals(ref r); seen.Mark(10); }
            else if (r.ValueTextEquals("lines"u8)) { ReadLines(ref r, lines); seen.Mark(11); }
            else if (r.ValueTextEquals("operations"u8)) { ReadOperations(ref r, operations); }
            else if (r.ValueTextEquals("drg"u8)) { drg = JsonValues.OptionalString(ref r, "drg", _pool); }
            else { r.Skip(); }
        }

        seen.ThrowIfMissing(prefix: "");
        return new Settlement
        {
            Id = id!, Facility = facility!, Person = person!, Scheme = scheme, Setting = setting,
            AdmittedAt = admitted, DischargedAt = discharged, Department = department, Doctor = doctor,
            Diagnoses = diagnoses, Operations = operations, Drg = drg, Totals = totals!, Lines = _recycle ? lines : TakeLines(),
        };
    }

    /// <summary>The lines read, in an array of their exact size; the buffer keeps no reference to them.</summary>
    private LineItem[] TakeLines()
    {
        LineItem[] taken = [.. _lines];
        _lines.Clear();
        return taken;
    }

    private void ReadDiagnoses<TReader>(ref TReader r, List<Diagnosis> into)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        JsonValues.Expect(ref r, JsonTokenType.StartArray, "diagnoses");
        while (NextElement(ref r, "diagnoses", into.Count))
        {
            into.Add(ReadDiagnosis(ref r, "diagnoses", into.Count));
        }
    }

    private void ReadOperations<TReader>(ref TReader r, List<Operation> into)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        JsonValues.Expect(ref r, JsonTokenType.StartArray, "operations");
        while (NextElement(ref r, "operations", into.Count))
        {
            into.Add(ReadOperation(ref r, "operations", into.Count));
        }
    }

    private void ReadLines<TReader>(ref TReader r, List<LineItem> into)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        JsonValues.Expect(ref r, JsonTokenType.StartArray, "lines");
        while (NextElement(ref r, "lines", into.Count))
        {
            into.Add(ReadLine(ref r, "lines", into.Count));
        }
    }

    /// <summary>Moves to the next element of an array of objects: true on its start, false at the array's end.</summary>
    private static bool NextElement<TReader>(ref TReader r, string array, int index)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        if (!r.Read() || r.TokenType == JsonTokenType.EndArray)
        {
            return false;
        }

        return r.TokenType == JsonTokenType.StartObject
            ? true
            : throw new InvalidRecordException($"{array}[{index}]", $"expected an object, found {JsonValues.Describe(r.TokenType)}");
    }

    /// <summary>
    /// Moves to the line's next property: its index in <see cref="LineFields"/> (-1 for one the parser ignores), or false at
    /// the object's end. Lines of one extract list their properties in one order, so the property at this place in the
    /// previous line is tried first; a different one is read the usual way and becomes the guess for the next line.
    /// </summary>
    private bool NextLineField<TReader>(ref TReader r, int member, out int field)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        int guess = member < _lineOrder.Length ? _lineOrder[member] : -1;
        if (guess >= 0 && r.TryReadName(QuotedLineFields[guess]))
        {
            field = guess;
            return true;
        }

        if (!r.Read() || r.TokenType != JsonTokenType.PropertyName)
        {
            field = -1;
            return false;
        }

        field = r.ValueIsEscaped ? -1 : LineField(r.ValueSpan);
        if (member < _lineOrder.Length)
        {
            _lineOrder[member] = field;
        }

        return true;
    }

    /// <summary>Index of a line property in <see cref="LineFields"/>, or -1; the hot path, so no chain of comparisons.</summary>
    private static int LineField(ReadOnlySpan<byte> name) => name.Length switch
    {
        4 => name.SequenceEqual("code"u8) ? 1 : name.SequenceEqual("name"u8) ? 2 : -1,
        6 => name.SequenceEqual("amount"u8) ? 6 : name.SequenceEqual("doctor"u8) ? 9 : -1,
        7 => name.SequenceEqual("line_id"u8) ? 0 : -1,
        8 => name.SequenceEqual("category"u8) ? 3 : name.SequenceEqual("quantity"u8) ? 4 : -1,
        10 => name.SequenceEqual("unit_price"u8) ? 5 : name.SequenceEqual("charged_at"u8) ? 7 : name.SequenceEqual("department"u8) ? 8 : -1,
        11 => name.SequenceEqual("uploaded_at"u8) ? 11 : -1,
        13 => name.SequenceEqual("payment_class"u8) ? 10 : -1,
        _ => -1,
    };

    private Facility ReadFacility<TReader>(ref TReader r)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        JsonValues.Expect(ref r, JsonTokenType.StartObject, "facility");
        var seen = new Required(FacilityFields);
        string fid = "", name = "", region = "";
        int level = 0;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("id"u8)) { fid = JsonValues.String(ref r, "facility.id", _pool); seen.Mark(0); }
            else if (r.ValueTextEquals("name"u8)) { name = JsonValues.String(ref r, "facility.name", _pool); seen.Mark(1); }
            else if (r.ValueTextEquals("level"u8)) { level = JsonValues.Int(ref r, "facility.level"); seen.Mark(2); }
            else if (r.ValueTextEquals("region"u8)) { region = JsonValues.String(ref r, "facility.region", _pool); seen.Mark(3); }
            else { r.Skip(); }
        }

        seen.ThrowIfMissing("facility.");
        return new Facility(fid, name, level, region);
    }

    private Person ReadPerson<TReader>(ref TReader r)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        JsonValues.Expect(ref r, JsonTokenType.StartObject, "person");
        var seen = new Required(PersonFields);
        string pid = "";
        Sex sex = default;
        DateOnly birth = default;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            // Not pooled: a person id seldom repeats across records and would only fill the pool's table.
            if (r.ValueTextEquals("id"u8)) { pid = JsonValues.String(ref r, "person.id", null); seen.Mark(0); }
            else if (r.ValueTextEquals("sex"u8)) { sex = EnumNames.Read<Sex, TReader>(ref r, "person.sex"); seen.Mark(1); }
            else if (r.ValueTextEquals("birth_date"u8)) { birth = JsonValues.Date(ref r, "person.birth_date"); seen.Mark(2); }
            else { r.Skip(); }
        }

        seen.ThrowIfMissing("person.");
        return new Person(pid, sex, birth);
    }

    private Totals ReadTotals<TReader>(ref TReader r)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        JsonValues.Expect(ref r, JsonTokenType.StartObject, "totals");
        var seen = new Required(TotalsFields);
        decimal total = 0, fund = 0, selfPay = 0, selfFunded = 0;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("total"u8)) { total = JsonValues.Money(ref r, "totals.total"); seen.Mark(0); }
            else if (r.ValueTextEquals("fund_paid"u8)) { fund = JsonValues.Money(ref r, "totals.fund_paid"); seen.Mark(1); }
            else if (r.ValueTextEquals("self_pay"u8)) { selfPay = JsonValues.Money(ref r, "totals.self_pay"); seen.Mark(2); }
            else if (r.ValueTextEquals("self_funded"u8)) { selfFunded = JsonValues.Money(ref r, "totals.self_funded"); seen.Mark(3); }
            else { r.Skip(); }
        }

        seen.ThrowIfMissing("totals.");
        return new Totals(total, fund, selfPay, selfFunded);
    }

    private Diagnosis ReadDiagnosis<TReader>(ref TReader r, string array, int index)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        var seen = new Required(DiagnosisFields);
        string code = "", name = "";
        bool main = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("code"u8)) { code = JsonValues.String(ref r, new FieldPath("code", array, index), _pool); seen.Mark(0); }
            else if (r.ValueTextEquals("name"u8)) { name = JsonValues.String(ref r, new FieldPath("name", array, index), _pool); seen.Mark(1); }
            else if (r.ValueTextEquals("main"u8)) { main = JsonValues.Bool(ref r, new FieldPath("main", array, index)); seen.Mark(2); }
            else { r.Skip(); }
        }

        seen.ThrowIfMissing(new FieldPath("", array, index));
        return new Diagnosis(code, name, main);
    }

    private Operation ReadOperation<TReader>(ref TReader r, string array, int index)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        var seen = new Required(OperationFields);
        string code = "", name = "";
        DateTime? at = null;
        bool main = false;
        while (r.Read() && r.TokenType == JsonTokenType.PropertyName)
        {
            if (r.ValueTextEquals("code"u8)) { code = JsonValues.String(ref r, new FieldPath("code", array, index), _pool); seen.Mark(0); }
            else if (r.ValueTextEquals("name"u8)) { name = JsonValues.String(ref r, new FieldPath("name", array, index), _pool); seen.Mark(1); }
            else if (r.ValueTextEquals("main"u8)) { main = JsonValues.Bool(ref r, new FieldPath("main", array, index)); seen.Mark(2); }
            else if (r.ValueTextEquals("performed_at"u8)) { at = JsonValues.DateTime(ref r, new FieldPath("performed_at", array, index)); }
            else { r.Skip(); }
        }

        seen.ThrowIfMissing(new FieldPath("", array, index));
        return new Operation(code, name, at, main);
    }

    private LineItem ReadLine<TReader>(ref TReader r, string array, int index)
        where TReader : struct, IJsonTokens, allows ref struct
    {
        var seen = new Required(LineFields);
        string lineId = "", code = "", name = "", department = "", doctor = "";
        ItemCategory category = default;
        PaymentClass paymentClass = default;
        decimal quantity = 0, price = 0, amount = 0;
        DateTime charged = default;
        DateTime? uploaded = null;
        int codeSlot = -1, noHint = -1;
        if (index >= _lineIdSlots.Length)
        {
            _lineIdSlots = [.. _lineIdSlots, .. Enumerable.Repeat(-1, Math.Max(16, _lineIdSlots.Length))];
        }

        // Pool hints: line ids repeat the same line's id in the previous record, names the name last read after the
        // same code, departments and doctors the previous line's.
        for (int member = 0; NextLineField(ref r, member, out int field); member++)
        {
            switch (field)
            {
                case 0: lineId = JsonValues.String(ref r, new FieldPath("line_id", array, index), _pool, ref _lineIdSlots[index]); break;
                case 1: code = JsonValues.String(ref r, new FieldPath("code", array, index), _pool, ref codeSlot); break;
                case 2: name = JsonValues.String(ref r, new FieldPath("name", array, index), _pool, ref codeSlot < 0 ? ref noHint : ref _pool.Companion(codeSlot)); break;
                case 3: category = EnumNames.Read<ItemCategory, TReader>(ref r, new FieldPath("category", array, index)); break;
                case 4: quantity = JsonValues.Decimal(ref r, new FieldPath("quantity", array, index)); break;
                case 5: price = JsonValues.Money(ref r, new FieldPath("unit_price", array, index)); break;
                case 6: amount = JsonValues.Money(ref r, new FieldPath("amount", array, index)); break;
                case 7: charged = JsonValues.DateTime(ref r, new FieldPath("charged_at", array, index)); break;
                case 8: department = JsonValues.String(ref r, new FieldPath("department", array, index), _pool, ref _departmentSlot); break;
                case 9: doctor = JsonValues.String(ref r, new FieldPath("doctor", array, index), _pool, ref _doctorSlot); break;
                case 10: paymentClass = EnumNames.Read<PaymentClass, TReader>(ref r, new FieldPath("payment_class", array, index)); break;
                case 11: uploaded = JsonValues.DateTime(ref r, new FieldPath("uploaded_at", array, index)); break;
                default: r.Skip(); continue;
            }

            seen.Mark(field);
        }

        seen.ThrowIfMissing(new FieldPath("", array, index));
        if (_recycle && index < _spare.Count)
        {
            LineItem reused = _spare[index];
            reused.Overwrite(lineId, code, name, category, quantity, price, amount, charged, department, doctor, paymentClass, uploaded);
            return reused;
        }

        var line = new LineItem
        {
            LineId = lineId, Code = code, Name = name, Category = category, Quantity = quantity, UnitPrice = price,
            Amount = amount, ChargedAt = charged, Department = department, Doctor = doctor, PaymentClass = paymentClass, UploadedAt = uploaded,
        };
        if (_recycle)
        {
            _spare.Add(line);
        }

        return line;
    }
}
