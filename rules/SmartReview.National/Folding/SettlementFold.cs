using System.Runtime.InteropServices;
using System.Text;
using SmartReview.National.Partitions;
using SmartReview.National.Rows;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Folding;

/// <summary>
/// Pass 2b, one settlement partition in memory: gathers each settlement's header (visit + settlement), fee lines,
/// diagnoses and operations by <c>setl_id</c>, folds them into a settlement, and counts and rejects rows: a
/// settlement rejected for one row rejects all its rows (and the visit row it owns); a row whose <c>setl_id</c> has no
/// settlement row is rejected on its own. One per worker: it keeps its buffers from partition to partition.
/// </summary>
internal sealed class SettlementFold(PartitionSet bySettlement, IReadOnlyList<string> files, string temp)
{
    private readonly ChildRows _rows = new();
    private readonly List<FeeRow> _spareFees = [];
    private byte[] _bytes = [];
    private Child[] _children = [];
    private int _touched;

    public PartitionOutcome Run(int partition)
    {
        int length = bySettlement.ReadAll(partition, ref _bytes);
        (List<HeaderRow> headers, Dictionary<string, Chain> index) = Index(_bytes, length);
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

        foreach ((string id, Chain orphans) in index)
        {
            foreach ((NationalTable table, RowRef at, _) in Load(orphans).All())
            {
                tally.Reject(table, at, "setl_id", id, "no settlement (SETL_D row) has this setl_id", id);
            }
        }

        return new PartitionOutcome(path, discharges, tally);
    }

    private static long Discharge(HeaderRow header) => header.Visit?.DischargedAt.Ticks ?? long.MaxValue;

    /// <summary>
    /// The headers, and where each settlement id's rows are: a chain through <see cref="_children"/> in the order of
    /// the partition (one array for all rows, not a list per settlement).
    /// </summary>
    private (List<HeaderRow> Headers, Dictionary<string, Chain> Index) Index(byte[] bytes, int size)
    {
        var headers = new List<HeaderRow>();
        int records = 0;
        foreach ((RecordKind kind, _, _) in PartitionSet.Records(bytes, size))
        {
            records++;
        }

        if (_children.Length < records)
        {
            _children = new Child[Math.Max(records, _children.Length / 4 * 5)];
        }

        var index = new Dictionary<string, Chain>(StringComparer.Ordinal);
        Dictionary<string, Chain>.AlternateLookup<ReadOnlySpan<char>> byChars = index.GetAlternateLookup<ReadOnlySpan<char>>();
        Span<char> chars = stackalloc char[128];
        int n = 0;
        foreach ((RecordKind kind, int body, int length) in PartitionSet.Records(bytes, size))
        {
            var r = new ByteReader(bytes.AsSpan(body, length));
            if (kind == RecordKind.Header)
            {
                headers.Add(HeaderRow.Read(ref r));
                continue;
            }

            ReadOnlySpan<byte> id = r.Utf8();
            ReadOnlySpan<char> key = id.Length <= 128 && Encoding.UTF8.TryGetChars(id, chars, out int count) ? chars[..count] : Encoding.UTF8.GetString(id);
            _children[n] = new Child(kind, body, length, -1);
            ref Chain chain = ref CollectionsMarshal.GetValueRefOrAddDefault(byChars, key, out bool exists);
            if (exists)
            {
                _children[chain.Last].Next = n;
                chain.Last = n;
            }
            else
            {
                chain = new Chain(n, n);
            }

            n++;
        }

        return (headers, index);
    }

    /// <summary>The rows of one settlement, read from the partition's bytes when its turn comes (read into objects reused settlement after settlement).</summary>
    private ChildRows Load(Chain chain)
    {
        ChildRows rows = _rows;
        rows.Clear();

        // The rows lie scattered over the partition: touching each first, in a loop that does nothing else, lets the
        // processor fetch them all at once instead of waiting for one at a time while decoding.
        int touched = 0;
        for (int i = chain.First; i >= 0; i = _children[i].Next)
        {
            touched += _bytes[_children[i].Body];
        }

        _touched = touched;
        for (int i = chain.First; i >= 0; i = _children[i].Next)
        {
            (RecordKind kind, int body, int length, _) = _children[i];
            var r = new ByteReader(_bytes.AsSpan(body, length));
            switch (kind)
            {
                case RecordKind.FeeLine: rows.Fees.Add(Fee(rows.Fees.Count).Read(_bytes, body, length)); break;
                case RecordKind.Diagnosis: rows.Diagnoses.Add(DiagnosisRow.Read(ref r)); break;
                case RecordKind.Operation: rows.Operations.Add(OperationRow.Read(ref r)); break;
                default: throw new InvalidDataException($"unexpected record {kind} among a settlement's rows");
            }
        }

        return rows;
    }

    private ChildRows Empty()
    {
        _rows.Clear();
        return _rows;
    }

    private FeeRow Fee(int i)
    {
        if (i == _spareFees.Count)
        {
            _spareFees.Add(new FeeRow());
        }

        return _spareFees[i];
    }

    /// <summary>A child row's record in the partition, and the next row of its settlement id (-1: none).</summary>
    private record struct Child(RecordKind Kind, int Body, int Length, int Next);

    /// <summary>The first and last of a settlement id's rows in <see cref="_children"/>.</summary>
    private record struct Chain(int First, int Last);

    /// <summary>Folds one settlement; true when it was written to <paramref name="writer"/> (cleared first) as a length-prefixed record.</summary>
    private bool Fold(HeaderRow header, HashSet<string> seen, Dictionary<string, Chain> index, ByteWriter writer, Tally tally)
    {
        SettlementRow s = header.Settlement;
        string id = s.SettlementId;
        if (!seen.Add(id))
        {
            var duplicate = new Culprit(NationalTable.Settlement, s.At, new RowError("setl_id", id, "duplicate setl_id: an earlier SETL_D row has it"));
            RejectAll(header, Empty(), duplicate, tally);
            return false;
        }

        ChildRows rows = index.Remove(id, out Chain chain) ? Load(chain) : Empty();
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
