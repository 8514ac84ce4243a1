using System.Text;

namespace SmartReview.Rules.Settlements.Binary;

/// <summary>
/// Reads <see cref="SettlementBinary"/> records. They come from the national fold, which validated each settlement
/// before writing it, so they are not validated again. With <c>recycle</c>, as <see cref="SettlementParser"/>: the
/// settlement returned is valid until the next call. One reader per thread.
/// </summary>
public sealed class BinarySettlementReader(bool recycle = false) : ISettlementReader
{
    private readonly BinaryLineReader _lines = new();
    private readonly List<LineItem> _recycled = [], _spare = [];

    public ParseResult Parse(ReadOnlySpan<byte> record)
    {
        var r = new ByteReader(record);
        string id = Encoding.UTF8.GetString(r.Utf8());
        var facility = new Facility(Pooled(ref r, "facility.id"), Pooled(ref r, "facility.name"), r.Byte(), Pooled(ref r, "facility.region"));
        var person = new Person(Encoding.UTF8.GetString(r.Utf8()), (Sex)r.Byte(), DateOnly.FromDayNumber(r.Int32()));
        var scheme = (Scheme)r.Byte();
        var setting = (CareSetting)r.Byte();
        DateTime admitted = Utc(r.Int64()), discharged = Utc(r.Int64());
        string department = Pooled(ref r, "department"), doctor = Pooled(ref r, "doctor"), drg = Pooled(ref r, "drg");
        var totals = new Totals(r.Decimal(), r.Decimal(), r.Decimal(), r.Decimal());
        var diagnoses = new Diagnosis[r.Count()];
        for (int i = 0; i < diagnoses.Length; i++)
        {
            diagnoses[i] = new Diagnosis(Pooled(ref r, "diagnoses.code"), Pooled(ref r, "diagnoses.name"), r.Boolean());
        }

        var operations = new Operation[r.Count()];
        for (int i = 0; i < operations.Length; i++)
        {
            string code = Pooled(ref r, "operations.code"), name = Pooled(ref r, "operations.name");
            long performed = r.Int64();
            operations[i] = new Operation(code, name, performed < 0 ? null : Utc(performed), r.Boolean());
        }

        var settlement = new Settlement
        {
            Id = id, Facility = facility, Person = person, Scheme = scheme, Setting = setting, AdmittedAt = admitted, DischargedAt = discharged,
            Department = department, Doctor = doctor, Drg = drg.Length == 0 ? null : drg, Totals = totals, Diagnoses = diagnoses, Operations = operations,
            Lines = ReadLines(ref r),
        };
        return new ParseResult(settlement, null, id);
    }

    private IReadOnlyList<LineItem> ReadLines(ref ByteReader r)
    {
        int count = r.Count();
        if (!recycle)
        {
            var lines = new LineItem[count];
            for (int i = 0; i < count; i++)
            {
                lines[i] = _lines.Read(ref r);
            }

            return lines;
        }

        _recycled.Clear();
        for (int i = 0; i < count; i++)
        {
            if (i < _spare.Count)
            {
                _lines.ReadInto(ref r, _spare[i]);
            }
            else
            {
                _spare.Add(_lines.Read(ref r));
            }

            _recycled.Add(_spare[i]);
        }

        return _recycled;
    }

    private string Pooled(ref ByteReader r, string field) => _lines.Pooled(ref r, field);

    private static DateTime Utc(long ticks) => new(ticks, DateTimeKind.Utc);
}
