using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Rows;

/// <summary>
/// A settlement joined with its visit (written by the visit join, read by the settlement fold). <see cref="Dead"/> is
/// set when the settlement is rejected before its lines are seen (no visit, a bad visit or settlement row);
/// <see cref="OwnsVisit"/> when this settlement is the one the visit row is counted with.
/// </summary>
internal sealed class HeaderRow
{
    public SettlementRow Settlement = new();
    public VisitRow? Visit;
    public bool OwnsVisit;
    public RowError? Dead;

    public void Write(ByteWriter w)
    {
        Settlement.Write(w);
        w.Boolean(Visit is not null);
        Visit?.Write(w);
        w.Boolean(OwnsVisit);
        w.WriteHead(default, Dead);
    }

    public static HeaderRow Read(ref ByteReader r)
    {
        var header = new HeaderRow { Settlement = SettlementRow.Read(ref r) };
        header.Visit = r.Boolean() ? VisitRow.Read(ref r) : null;
        header.OwnsVisit = r.Boolean();
        header.Dead = r.ReadHead().Error;
        return header;
    }
}
