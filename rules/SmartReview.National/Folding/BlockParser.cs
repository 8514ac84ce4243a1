using SmartReview.National.Partitions;
using SmartReview.National.Reading;
using SmartReview.National.Reading.Csv;
using SmartReview.National.Rows;

namespace SmartReview.National.Folding;

/// <summary>
/// Reads the rows of one table into partition records, one thread's own (a CSV record, its field reader and the
/// table's row parser). Visits and settlements go to the visit partitions by <c>mdtrt_id</c>; a settlement without
/// one, and every child row, to the settlement partitions by <c>setl_id</c>.
/// </summary>
internal sealed class BlockParser
{
    private readonly Action<RowRef, BlockOutput> _read;

    public BlockParser(NationalTable table, HeaderMap header, NationalDictionaries dictionaries, int file)
    {
        var fields = new FieldReader(Record);
        _read = table switch
        {
            NationalTable.Visit => Visits(new VisitRowParser(header, dictionaries, fields)),
            NationalTable.Settlement => Settlements(new SettlementRowParser(header, fields)),
            NationalTable.FeeLine => Fees(new FeeRowParser(header, dictionaries, fields)),
            NationalTable.Diagnosis => Child(new DiagnosisRowParser(header, dictionaries, fields).Read, r => r.SettlementId, RecordKind.Diagnosis, (r, w) => r.Write(w)),
            _ => Child(new OperationRowParser(header, dictionaries, fields).Read, r => r.SettlementId, RecordKind.Operation, (r, w) => r.Write(w)),
        };
    }

    public CsvRecord Record { get; } = new();

    public void Read(RowRef at, BlockOutput output) => _read(at, output);

    private static void NoKey(NationalTable table, RowRef at, BlockOutput output, string column = "setl_id") =>
        output.Tally.Reject(table, at, column, "", "is empty: the row cannot be joined", null);

    private static Action<RowRef, BlockOutput> Visits(VisitRowParser parser) => (at, output) =>
    {
        VisitRow row = parser.Read(at);
        if (row.VisitId.Length == 0)
        {
            NoKey(NationalTable.Visit, at, output, "mdtrt_id");
            return;
        }

        row.Write(output.Visit.Begin(row.VisitId, RecordKind.Visit));
        output.Visit.End();
    };

    private static Action<RowRef, BlockOutput> Settlements(SettlementRowParser parser) => (at, output) =>
    {
        SettlementRow row = parser.Read(at);
        if (row.SettlementId.Length == 0)
        {
            NoKey(NationalTable.Settlement, at, output);
        }
        else if (row.VisitId.Length == 0)
        {
            new HeaderRow { Settlement = row, Dead = row.Error }.Write(output.Settlement.Begin(row.SettlementId, RecordKind.Header));
            output.Settlement.End();
        }
        else
        {
            row.Write(output.Visit.Begin(row.VisitId, RecordKind.Settlement));
            output.Visit.End();
        }
    };

    private static Action<RowRef, BlockOutput> Fees(FeeRowParser parser) => (at, output) =>
    {
        if (!parser.Read(at, output.Settlement))
        {
            NoKey(NationalTable.FeeLine, at, output);
        }
    };

    private static Action<RowRef, BlockOutput> Child<T>(Func<RowRef, T> read, Func<T, string> key, RecordKind kind, Action<T, Rules.Settlements.Binary.ByteWriter> write) =>
        (at, output) =>
        {
            T row = read(at);
            string id = key(row);
            if (id.Length == 0)
            {
                NoKey(kind == RecordKind.Diagnosis ? NationalTable.Diagnosis : NationalTable.Operation, at, output);
                return;
            }

            write(row, output.Settlement.Begin(id, kind));
            output.Settlement.End();
        };
}
