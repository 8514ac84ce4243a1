using SmartReview.National.Partitions;

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

    public void Write(BinaryWriter w)
    {
        Settlement.Write(w);
        w.Write(Visit is not null);
        Visit?.Write(w);
        w.Write(OwnsVisit);
        w.WriteHead(default, Dead);
    }

    public static HeaderRow Read(BinaryReader r)
    {
        var header = new HeaderRow { Settlement = SettlementRow.Read(r) };
        header.Visit = r.ReadBoolean() ? VisitRow.Read(r) : null;
        header.OwnsVisit = r.ReadBoolean();
        header.Dead = r.ReadHead().Error;
        return header;
    }
}
