using SmartReview.National.Partitions;

namespace SmartReview.National.Rows;

/// <summary>A settlement-list operation (SETL_LIST_OPRN_D) row; <see cref="Order"/> sorts a settlement's operations.</summary>
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
        w.WriteHead(At, Error);
        w.Write(SettlementId);
        w.Write(Code);
        w.Write(Name);
        w.WriteTime(PerformedAt);
        w.Write(Main);
        w.Write(Order);
    }

    public static OperationRow Read(BinaryReader r)
    {
        (RowRef at, RowError? error) = r.ReadHead();
        return new OperationRow
        {
            At = at, Error = error, SettlementId = r.ReadString(), Code = r.ReadString(), Name = r.ReadString(), PerformedAt = r.ReadTime(),
            Main = r.ReadBoolean(), Order = r.ReadInt64(),
        };
    }
}
