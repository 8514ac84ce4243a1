using SmartReview.National.Partitions;
using SmartReview.National.Reading;
using SmartReview.National.Rows;
using Sylvan.Data.Csv;

namespace SmartReview.National.Folding;

/// <summary>
/// Pass 1: streams each file once and writes every row, read and checked, to a partition file: visits and settlements
/// by the hash of <c>mdtrt_id</c> (for the visit join), fee lines, diagnoses and operations by the hash of
/// <c>setl_id</c>. A row without its key cannot be joined and is rejected here.
/// </summary>
internal sealed class Spill(FoldOptions options, NationalDictionaries dictionaries, PartitionSet byVisit, PartitionSet bySettlement, Tally tally, IFoldRejects sink)
{
    private const int CommitEvery = 1 << 16;

    /// <summary>The table a file holds, read from its header alone.</summary>
    public static NationalTable Recognise(Sources.ExtractFile file, FoldOptions options)
    {
        using Stream raw = file.Open();
        using TextReader text = TextDecoding.Open(raw, options.Encoding, out _);
        using CsvDataReader csv = Create(text);
        return TableRecognizer.Recognise(new HeaderMap(csv, file.Name)) ?? throw new NationalExtractException(
            $"{file.Name}: not a table of the national extract (its header has none of feedetl_sn, oprn_oprt_code, diag_code, setl_id with medfee_sumamt, mdtrt_id with begntime)");
    }

    public void Read(Sources.ExtractFile file, int index, FoldResult result, CancellationToken cancel)
    {
        using Stream raw = file.Open();
        using TextReader text = TextDecoding.Open(raw, options.Encoding, out _);
        using CsvDataReader csv = Create(text);
        var header = new HeaderMap(csv, file.Name);
        NationalTable table = TableRecognizer.Recognise(header) ?? throw new NationalExtractException($"{file.Name}: not a table of the national extract");
        var fields = new FieldReader(csv);
        Func<RowRef, bool> readRow = table switch
        {
            NationalTable.Visit => Visits(new VisitRowParser(header, dictionaries, fields)),
            NationalTable.Settlement => Settlements(new SettlementRowParser(header, fields)),
            NationalTable.FeeLine => Child(new FeeRowParser(header, dictionaries, fields).Read, r => r.SettlementId, RecordKind.FeeLine, (r, w) => r.Write(w)),
            NationalTable.Diagnosis => Child(new DiagnosisRowParser(header, dictionaries, fields).Read, r => r.SettlementId, RecordKind.Diagnosis, (r, w) => r.Write(w)),
            _ => Child(new OperationRowParser(header, dictionaries, fields).Read, r => r.SettlementId, RecordKind.Operation, (r, w) => r.Write(w)),
        };
        long line = 1;
        while (Next(csv, table, file.Name, line))
        {
            line++;
            if (csv.RowFieldCount <= 1 && csv.GetFieldSpan(0).Trim().IsEmpty)
            {
                continue; // a blank line is not a row
            }

            tally.Received(table);
            if (!readRow(new RowRef(index, line)))
            {
                tally.Reject(table, new RowRef(index, line), "setl_id", "", "is empty: the row cannot be joined", null);
            }

            if ((line & 0xFFFF) == 0)
            {
                cancel.ThrowIfCancellationRequested();
                if (tally.Rejects.Count > CommitEvery)
                {
                    tally.Commit(result, sink);
                }
            }
        }

        result.Tables[table].Files++;
    }

    /// <summary>The next row; a file that is not CSV past this point (an unclosed quote) stops the fold, naming file and row.</summary>
    private static bool Next(CsvDataReader csv, NationalTable table, string file, long line)
    {
        try
        {
            return csv.Read();
        }
        catch (CsvFormatException e)
        {
            throw new NationalExtractException($"{TableNames.Of(table)} ({file}): not valid CSV after row {line} ({e.Message})");
        }
    }

    internal static CsvDataReader Create(TextReader text) =>
        CsvDataReader.Create(text, new CsvDataReaderOptions { HasHeaders = true, Delimiter = ',', Quote = '"', BufferSize = 1 << 16 });

    private Func<RowRef, bool> Visits(VisitRowParser parser) => at =>
    {
        VisitRow row = parser.Read(at);
        if (row.VisitId.Length == 0)
        {
            tally.Reject(NationalTable.Visit, at, "mdtrt_id", "", "is empty: the row cannot be joined", null);
            return true;
        }

        row.Write(byVisit.Begin());
        byVisit.End(row.VisitId, RecordKind.Visit);
        return true;
    };

    private Func<RowRef, bool> Settlements(SettlementRowParser parser) => at =>
    {
        SettlementRow row = parser.Read(at);
        if (row.SettlementId.Length == 0)
        {
            return false;
        }

        if (row.VisitId.Length == 0)
        {
            new HeaderRow { Settlement = row, Dead = row.Error }.Write(bySettlement.Begin());
            bySettlement.End(row.SettlementId, RecordKind.Header);
            return true;
        }

        row.Write(byVisit.Begin());
        byVisit.End(row.VisitId, RecordKind.Settlement);
        return true;
    };

    private Func<RowRef, bool> Child<T>(Func<RowRef, T> read, Func<T, string> key, RecordKind kind, Action<T, BinaryWriter> write) => at =>
    {
        T row = read(at);
        string id = key(row);
        if (id.Length == 0)
        {
            return false;
        }

        write(row, bySettlement.Begin());
        bySettlement.End(id, kind);
        return true;
    };
}
