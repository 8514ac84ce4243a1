using SmartReview.National.Partitions;

namespace SmartReview.National.Rows;

/// <summary>A settlement-list operation (SETL_LIST_OPRN_D) row; <see cref="Order"/> sorts a settlement's operations.</summary>
/// <remarks>The settlement id comes first in the record, so a partition can be indexed by it without reading the rest.</remarks>
internal sealed class OperationRow
{
    public RowRef At;
    public RowError? Error;
    public string SettlementId = "", Code = "", Name = "";
    public DateTime? PerformedAt;
    public bool Main;
    public long Order;

    public void Write(BinaryWriter w)
    {
        w.Write(SettlementId);
        w.WriteHead(At, Error);
        w.Write(Code);
        w.Write(Name);
        w.WriteTime(PerformedAt);
        w.Write(Main);
        w.Write(Order);
    }

    public static OperationRow Read(BinaryReader r)
    {
        string settlementId = r.ReadString();
        (RowRef at, RowError? error) = r.ReadHead();
        return new OperationRow
        {
            At = at, Error = error, SettlementId = settlementId, Code = r.ReadString(), Name = r.ReadString(), PerformedAt = r.ReadTime(),
            Main = r.ReadBoolean(), Order = r.ReadInt64(),
        };
    }
}
