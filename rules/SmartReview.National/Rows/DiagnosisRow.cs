using SmartReview.National.Partitions;

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

    public void Write(BinaryWriter w)
    {
        w.Write(SettlementId);
        w.WriteHead(At, Error);
        w.Write(Code);
        w.Write(Name);
        w.Write(Main);
        w.Write(Order);
    }

    public static DiagnosisRow Read(BinaryReader r)
    {
        string settlementId = r.ReadString();
        (RowRef at, RowError? error) = r.ReadHead();
        return new DiagnosisRow
        {
            At = at, Error = error, SettlementId = settlementId, Code = r.ReadString(), Name = r.ReadString(), Main = r.ReadBoolean(), Order = r.ReadInt64(),
        };
    }
}
