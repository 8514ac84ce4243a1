using SmartReview.National.Partitions;
using SmartReview.National.Rows;
using SmartReview.Rules.Settlements;

namespace SmartReview.National.Folding;

/// <summary>
/// Pass 2b, one settlement partition in memory: gathers each settlement's header (visit + settlement), fee lines,
/// diagnoses and operations by <c>setl_id</c>, folds them into a settlement, and counts and rejects rows: a
/// settlement rejected for one row rejects all its rows (and the visit row it owns); a row whose <c>setl_id</c> has no
/// settlement row is rejected on its own.
/// </summary>
internal sealed class SettlementFold(PartitionSet bySettlement, IReadOnlyList<string> files)
{
    public PartitionOutcome Run(int partition)
    {
        var headers = new List<HeaderRow>();
        var groups = new Dictionary<string, ChildRows>(StringComparer.Ordinal);
        foreach ((RecordKind kind, BinaryReader r) in bySettlement.Read(partition))
        {
            switch (kind)
            {
                case RecordKind.Header: headers.Add(HeaderRow.Read(r)); break;
                case RecordKind.FeeLine: Add(groups, FeeRow.Read(r), f => f.SettlementId, (g, f) => g.Fees.Add(f)); break;
                case RecordKind.Diagnosis: Add(groups, DiagnosisRow.Read(r), d => d.SettlementId, (g, d) => g.Diagnoses.Add(d)); break;
                case RecordKind.Operation: Add(groups, OperationRow.Read(r), o => o.SettlementId, (g, o) => g.Operations.Add(o)); break;
                default: throw new InvalidDataException($"partition {partition}: unexpected record {kind}");
            }
        }

        var tally = new Tally(files);
        var output = new MemoryStream();
        using (var writer = new SettlementWriter(output))
        {
            headers.Sort((a, b) => a.Settlement.At.CompareTo(b.Settlement.At));
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (HeaderRow header in headers)
            {
                Fold(header, seen, groups, writer, tally);
            }

            writer.Flush();
        }

        foreach ((string id, ChildRows orphans) in groups)
        {
            foreach ((NationalTable table, RowRef at, _) in orphans.All())
            {
                tally.Reject(table, at, "setl_id", id, "no settlement (SETL_D row) has this setl_id", id);
            }
        }

        output.Position = 0;
        return new PartitionOutcome(output, tally);
    }

    private void Fold(HeaderRow header, HashSet<string> seen, Dictionary<string, ChildRows> groups, SettlementWriter writer, Tally tally)
    {
        SettlementRow s = header.Settlement;
        string id = s.SettlementId;
        if (!seen.Add(id))
        {
            var duplicate = new Culprit(NationalTable.Settlement, s.At, new RowError("setl_id", id, "duplicate setl_id: an earlier SETL_D row has it"));
            RejectAll(header, new ChildRows(), duplicate, tally);
            return;
        }

        ChildRows rows = groups.Remove(id, out ChildRows? found) ? found : new ChildRows();
        if (SettlementAssembler.Build(header, rows, out Settlement? settlement) is { } culprit)
        {
            RejectAll(header, rows, culprit, tally);
            return;
        }

        writer.Write(settlement!);
        tally.Settlements++;
        tally.Accept(NationalTable.Settlement);
        tally.Accept(NationalTable.Visit, header.OwnsVisit ? 1 : 0);
        tally.Accept(NationalTable.FeeLine, rows.Fees.Count);
        tally.Accept(NationalTable.Diagnosis, rows.Diagnoses.Count);
        tally.Accept(NationalTable.Operation, rows.Operations.Count);
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

    private static void Add<T>(Dictionary<string, ChildRows> groups, T row, Func<T, string> key, Action<ChildRows, T> add)
    {
        string id = key(row);
        if (!groups.TryGetValue(id, out ChildRows? group))
        {
            group = new ChildRows();
            groups.Add(id, group);
        }

        add(group, row);
    }
}
