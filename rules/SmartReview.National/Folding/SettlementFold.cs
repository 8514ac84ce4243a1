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
    private Child[] _children = [], _grouped = [];
    private int[] _group = [], _starts = [];
    private readonly GroupIndex _index = new();
    private bool[] _folded = [];
    private int _touched;

    public PartitionOutcome Run(int partition)
    {
        int length = bySettlement.ReadAll(partition, ref _bytes);
        List<HeaderRow> headers = Index(_bytes, length);
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
                if (Fold(header, seen, writer, tally))
                {
                    discharges.Add(Discharge(header));
                    output.Write(writer.Written);
                }
            }
        }

        for (int group = 0; group < _index.Count; group++)
        {
            if (_folded[group])
            {
                continue;
            }

            string id = Encoding.UTF8.GetString(_index.Key(group));
            foreach ((NationalTable table, RowRef at, _) in Load(group).All())
            {
                tally.Reject(table, at, "setl_id", id, "no settlement (SETL_D row) has this setl_id", id);
            }
        }

        return new PartitionOutcome(path, discharges, tally);
    }

    private static long Discharge(HeaderRow header) => header.Visit?.DischargedAt.Ticks ?? long.MaxValue;

    /// <summary>
    /// The headers, and each settlement id's group of rows: the rows are sorted by group (a counting sort, in the order
    /// of the partition within a group) into <see cref="_grouped"/>, where group g is <see cref="_starts"/>[g] up to
    /// <see cref="_starts"/>[g + 1].
    /// </summary>
    private List<HeaderRow> Index(byte[] bytes, int size)
    {
        var headers = new List<HeaderRow>();
        int records = 0;
        foreach ((RecordKind kind, _, _) in PartitionSet.Records(bytes, size))
        {
            records++;
        }

        if (_children.Length < records)
        {
            int capacity = Math.Max(records, _children.Length / 4 * 5);
            _children = new Child[capacity];
            _grouped = new Child[capacity];
            _group = new int[capacity];
        }

        _index.Reset(bytes);
        int n = 0;
        foreach ((RecordKind kind, int body, int length) in PartitionSet.Records(bytes, size))
        {
            var r = new ByteReader(bytes.AsSpan(body, length));
            if (kind == RecordKind.Header)
            {
                headers.Add(HeaderRow.Read(ref r));
                continue;
            }

            int idLength = r.Count();
            _children[n] = new Child(kind, body, length);
            _group[n++] = _index.GetOrAdd(body + r.Position, idLength);
        }

        if (_folded.Length < _index.Count)
        {
            _folded = new bool[Math.Max(_index.Count, _folded.Length / 4 * 5)];
        }

        Array.Clear(_folded, 0, _index.Count);
        Group(n, _index.Count);
        return headers;
    }

    /// <summary>Sorts the first <paramref name="rows"/> children into <see cref="_grouped"/> by group: count, sum, place.</summary>
    private void Group(int rows, int groups)
    {
        if (_starts.Length < groups + 1)
        {
            _starts = new int[Math.Max(groups + 1, _starts.Length / 4 * 5)];
        }

        Array.Clear(_starts, 0, groups + 1);
        for (int i = 0; i < rows; i++)
        {
            _starts[_group[i] + 1]++;
        }

        for (int g = 0; g < groups; g++)
        {
            _starts[g + 1] += _starts[g];
        }

        for (int i = 0; i < rows; i++)
        {
            _grouped[_starts[_group[i]]++] = _children[i];
        }

        for (int g = groups; g > 0; g--)
        {
            _starts[g] = _starts[g - 1]; // placing moved each start to the next group's: move them back
        }

        _starts[0] = 0;
    }

    /// <summary>The rows of one settlement, read from the partition's bytes when its turn comes (read into objects reused settlement after settlement).</summary>
    private ChildRows Load(int group)
    {
        ChildRows rows = _rows;
        rows.Clear();
        int from = _starts[group], to = _starts[group + 1];

        // The rows lie scattered over the partition: touching each first, in a loop that does nothing else, lets the
        // processor fetch them all at once instead of waiting for one at a time while decoding.
        int touched = 0;
        for (int i = from; i < to; i++)
        {
            (_, int body, int length) = _grouped[i];
            touched += _bytes[body] + _bytes[body + (length >> 1)] + _bytes[body + length - 1]; // a record spans two or three cache lines
        }

        _touched = touched;
        for (int i = from; i < to; i++)
        {
            (RecordKind kind, int body, int length) = _grouped[i];
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

    /// <summary>A child row's record in the partition.</summary>
    private record struct Child(RecordKind Kind, int Body, int Length);

    /// <summary>Folds one settlement; true when it was written to <paramref name="writer"/> (cleared first) as a length-prefixed record.</summary>
    private bool Fold(HeaderRow header, HashSet<string> seen, ByteWriter writer, Tally tally)
    {
        SettlementRow s = header.Settlement;
        string id = s.SettlementId;
        if (!seen.Add(id))
        {
            var duplicate = new Culprit(NationalTable.Settlement, s.At, new RowError("setl_id", id, "duplicate setl_id: an earlier SETL_D row has it"));
            RejectAll(header, Empty(), duplicate, tally);
            return false;
        }

        int group = _index.Find(id);
        ChildRows rows = group < 0 ? Empty() : Load(group);
        if (group >= 0)
        {
            _folded[group] = true;
        }
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
