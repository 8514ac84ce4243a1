using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Rows;

/// <summary>A settlement-list diagnosis (SETL_LIST_DIAG_D) row; <see cref="Order"/> sorts a settlement's diagnoses.</summary>
/// <remarks>The settlement id comes first in the record, so a partition can be indexed by it without reading the rest.</remarks>
internal sealed class DiagnosisRow
{
    public RowRef At;
    public RowError? Error;
    public string SettlementId = "", Code = "", Name = "";
    public bool Main;
    public long Order;

    public void Write(ByteWriter w)
    {
        w.Text(SettlementId);
        w.WriteHead(At, Error);
        w.Text(Code);
        w.Text(Name);
        w.Boolean(Main);
        w.Int64(Order);
    }

    public static DiagnosisRow Read(ref ByteReader r)
    {
        string settlementId = r.Text();
        (RowRef at, RowError? error) = r.ReadHead();
        return new DiagnosisRow { At = at, Error = error, SettlementId = settlementId, Code = r.Text(), Name = r.Text(), Main = r.Boolean(), Order = r.Int64() };
    }
}
