using SmartReview.National.Partitions;
using SmartReview.National.Rows;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Folding;

/// <summary>
/// Pass 2a, one visit partition at a time: joins each settlement to its visit by <c>mdtrt_id</c> and writes the
/// joined header to the settlement partitions by <c>setl_id</c>. The first settlement (by row) that joins a visit owns
/// it: the visit row is counted with that settlement. A visit no settlement joins is rejected. One per worker:
/// partitions join on every core, each adding its headers to the settlement partitions at once (their order there
/// does not matter: the fold orders a partition's settlements itself) and counting into a tally of its own, which the
/// caller commits in partition order.
/// </summary>
internal sealed class VisitJoin(PartitionSet byVisit, PartitionSet bySettlement, IReadOnlyList<string> files)
{
    private readonly PartitionBuffers _headers = new(bySettlement.Count);
    private byte[] _bytes = [];

    public Tally Run(int partition)
    {
        var tally = new Tally(files);
        var visits = new Dictionary<string, VisitSlot>(StringComparer.Ordinal);
        var settlements = new List<SettlementRow>();
        int size = byVisit.ReadAll(partition, ref _bytes);
        byte[] bytes = _bytes;
        foreach ((RecordKind kind, int body, int length) in PartitionSet.Records(bytes, size))
        {
            var r = new ByteReader(bytes.AsSpan(body, length));
            if (kind == RecordKind.Settlement)
            {
                settlements.Add(SettlementRow.Read(ref r));
                continue;
            }

            VisitRow visit = VisitRow.Read(ref r);
            if (visit.Error is not null)
            {
                tally.Reject(NationalTable.Visit, visit.At, visit.Error, null);
            }

            if (!visits.TryAdd(visit.VisitId, new VisitSlot(visit)) && visit.Error is null)
            {
                RowRef first = visits[visit.VisitId].Row.At;
                tally.Reject(NationalTable.Visit, visit.At, "mdtrt_id", visit.VisitId, $"duplicate mdtrt_id: {files[first.File]} row {first.Line} has it too", null);
            }
        }

        settlements.Sort((a, b) => a.At.CompareTo(b.At));
        foreach (SettlementRow settlement in settlements)
        {
            Join(settlement, visits.GetValueOrDefault(settlement.VisitId)).Write(_headers.Begin(settlement.SettlementId, RecordKind.Header));
            _headers.End();
        }

        lock (bySettlement)
        {
            _headers.MoveTo(bySettlement);
        }

        foreach (VisitSlot slot in visits.Values.Where(v => !v.Owned && !v.Bad))
        {
            tally.Reject(NationalTable.Visit, slot.Row.At, "mdtrt_id", slot.Row.VisitId, "no settlement (SETL_D row) has this mdtrt_id", null);
        }

        return tally;
    }

    private HeaderRow Join(SettlementRow settlement, VisitSlot? slot)
    {
        var header = new HeaderRow { Settlement = settlement, Dead = settlement.Error };
        if (slot is null)
        {
            header.Dead ??= new RowError("mdtrt_id", settlement.VisitId, "no visit (MDTRT_D row) has this mdtrt_id");
        }
        else if (slot.Bad)
        {
            RowRef at = slot.Row.At;
            header.Dead ??= new RowError("mdtrt_id", settlement.VisitId,
                $"its visit (MDTRT_D {files[at.File]} row {at.Line}) is rejected: {slot.Row.Error!.Column} {slot.Row.Error.Reason}");
        }
        else
        {
            header.Visit = slot.Row;
            header.OwnsVisit = !slot.Owned;
            slot.Owned = true;
        }

        return header;
    }
}
