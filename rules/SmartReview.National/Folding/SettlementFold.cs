using SmartReview.National.Partitions;
using SmartReview.National.Rows;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Folding;

/// <summary>
/// Pass 2b, one settlement partition in memory: gathers each settlement's header (visit + settlement), fee lines,
/// diagnoses and operations by <c>setl_id</c>, folds them into a settlement, and counts and rejects rows: a
/// settlement rejected for one row rejects all its rows (and the visit row it owns); a row whose <c>setl_id</c> has no
/// settlement row is rejected on its own.
/// </summary>
internal sealed class SettlementFold(PartitionSet bySettlement, IReadOnlyList<string> files, string temp)
{
    private readonly BinaryLineReader _lines = new();
    private byte[] _bytes = [];

    public PartitionOutcome Run(int partition)
    {
        byte[] bytes = _bytes = bySettlement.ReadAll(partition);
        var headers = new List<HeaderRow>();
        var index = new Dictionary<string, List<Child>>(StringComparer.Ordinal);
        Dictionary<string, List<Child>>.AlternateLookup<ReadOnlySpan<char>> byChars = index.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[128];
        foreach ((RecordKind kind, int body, int length) in PartitionSet.Records(bytes))
        {
            var r = new ByteReader(bytes.AsSpan(body, length));
            if (kind == RecordKind.Header)
            {
                headers.Add(HeaderRow.Read(ref r));
                continue;
            }

            ReadOnlySpan<byte> id = r.Utf8();
            ReadOnlySpan<char> key = id.Length <= 128 && System.Text.Encoding.UTF8.TryGetChars(id, chars, out int count) ? chars[..count] : System.Text.Encoding.UTF8.GetString(id);
            if (!byChars.TryGetValue(key, out List<Child>? records))
            {
                records = [];
                byChars[key] = records;
            }

            records.Add(new Child(kind, body, length));
        }

        var tally = new Tally(files);
        string path = Path.Combine(temp, $"folded-{partition:D4}.bin");
        var discharges = new List<long>();
        using (var output = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var writer = new ByteWriter();
            // By discharge, so the partitions can be merged into one stream in discharge order (the stay history
            // of the scorer forgets stays far behind the latest discharge it has seen).
            headers.Sort((a, b) => Discharge(a) != Discharge(b) ? Discharge(a).CompareTo(Discharge(b)) : a.Settlement.At.CompareTo(b.Settlement.At));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (HeaderRow header in headers)
            {
                if (Fold(header, seen, index, writer, tally))
                {
                    discharges.Add(Discharge(header));
                    output.Write(writer.Written);
                }
            }
        }

        foreach ((string id, List<Child> orphans) in index)
        {
            foreach ((NationalTable table, RowRef at, _) in Load(orphans).All())
            {
                tally.Reject(table, at, "setl_id", id, "no settlement (SETL_D row) has this setl_id", id);
            }
        }

        return new PartitionOutcome(path, discharges, tally);
    }

    private static long Discharge(HeaderRow header) => header.Visit?.DischargedAt.Ticks ?? long.MaxValue;

    /// <summary>The rows of one settlement, read from the partition's bytes when its turn comes (they die young).</summary>
    private ChildRows Load(List<Child> records)
    {
        var rows = new ChildRows();
        foreach ((RecordKind kind, int body, int length) in records)
        {
            var r = new ByteReader(_bytes.AsSpan(body, length));
            switch (kind)
            {
                case RecordKind.FeeLine: rows.Fees.Add(FeeRow.Read(_bytes, body, length, _lines)); break;
                case RecordKind.Diagnosis: rows.Diagnoses.Add(DiagnosisRow.Read(ref r)); break;
                case RecordKind.Operation: rows.Operations.Add(OperationRow.Read(ref r)); break;
                default: throw new InvalidDataException($"unexpected record {kind} among a settlement's rows");
            }
        }

        return rows;
    }

    /// <summary>A child row's record in the partition.</summary>
    private readonly record struct Child(RecordKind Kind, int Body, int Length);

    /// <summary>Folds one settlement; true when it was written to <paramref name="writer"/> (cleared first) as a length-prefixed record.</summary>
    private bool Fold(HeaderRow header, HashSet<string> seen, Dictionary<string, List<Child>> index, ByteWriter writer, Tally tally)
    {
        SettlementRow s = header.Settlement;
        string id = s.SettlementId;
        if (!seen.Add(id))
        {
            var duplicate = new Culprit(NationalTable.Settlement, s.At, new RowError("setl_id", id, "duplicate setl_id: an earlier SETL_D row has it"));
            RejectAll(header, new ChildRows(), duplicate, tally);
            return false;
        }

        ChildRows rows = index.Remove(id, out List<Child>? records) ? Load(records) : new ChildRows();
        if (SettlementAssembler.Build(header, rows, out Settlement? settlement) is { } culprit)
        {
            RejectAll(header, rows, culprit, tally);
            return false;
        }

        writer.Clear();
        int length = writer.BeginLength();
        SettlementBinary.WriteHead(writer, settlement!);
        writer.Count(rows.Fees.Count);
        foreach (FeeRow fee in rows.Fees)
        {
            writer.Raw(_bytes.AsSpan(fee.LineStart, fee.LineLength)); // the line as pass 1 wrote it, in the settlement's order
        }

        writer.EndLength(length);
        tally.Settlements++;
        tally.Accept(NationalTable.Settlement);
        tally.Accept(NationalTable.Visit, header.OwnsVisit ? 1 : 0);
        tally.Accept(NationalTable.FeeLine, rows.Fees.Count);
        tally.Accept(NationalTable.Diagnosis, rows.Diagnoses.Count);
        tally.Accept(NationalTable.Operation, rows.Operations.Count);
        return true;
    }
    /// <summary>The culprit row with its own reason; every other row of the settlement "rejected with" it.</summary>
    private void RejectAll(HeaderRow header, ChildRows rows, Culprit culprit, Tally tally)
    {
        string id = header.Settlement.SettlementId;
        string because = $"rejected with settlement {id}: {TableNames.Of(culprit.Table)} {files[culprit.At.File]} row {culprit.At.Line}"
            + (culprit.Error.Column is null ? "" : $" {culprit.Error.Column}") + $": {culprit.Error.Reason}";
        tally.Reject(culprit.Table, culprit.At, culprit.Error, id);
        if (culprit.Table != NationalTable.Settlement)
        {
            tally.Reject(NationalTable.Settlement, header.Settlement.At, null, null, because, id);
        }

        if (header.OwnsVisit && header.Visit is not null)
        {
            tally.Reject(NationalTable.Visit, header.Visit.At, null, null, because, id);
        }

        foreach ((NationalTable table, RowRef at, _) in rows.All())
        {
            if (table != culprit.Table || at != culprit.At)
            {
                tally.Reject(table, at, null, null, because, id);
            }
        }
    }
}
