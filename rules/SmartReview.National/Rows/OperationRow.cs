using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements.Binary;

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

    public void Write(ByteWriter w)
    {
        w.Text(SettlementId);
        w.WriteHead(At, Error);
        w.Text(Code);
        w.Text(Name);
        w.WriteTime(PerformedAt);
        w.Boolean(Main);
        w.Int64(Order);
    }

    public static OperationRow Read(ref ByteReader r)
    {
        string settlementId = r.Text();
        (RowRef at, RowError? error) = r.ReadHead();
        return new OperationRow
        {
            At = at, Error = error, SettlementId = settlementId, Code = r.Text(), Name = r.Text(), PerformedAt = r.ReadTime(), Main = r.Boolean(),
            Order = r.Int64(),
        };
    }
}
