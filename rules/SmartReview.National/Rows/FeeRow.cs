using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements;

namespace SmartReview.National.Rows;

/// <summary>A fee line (FEE_LIST_D) row.</summary>
/// <remarks>The settlement id comes first in the record, so a partition can be indexed by it without reading the rest.</remarks>
internal sealed class FeeRow
{
    public RowRef At;
    public RowError? Error;
    public string SettlementId = "", LineId = "", Code = "", Name = "", Department = "", Doctor = "";
    public ItemCategory Category;
    public PaymentClass PaymentClass;
    public decimal Quantity, UnitPrice, Amount;
    public DateTime ChargedAt;
    public DateTime? UploadedAt;

    public void Write(BinaryWriter w)
    {
        w.Write(SettlementId);
        w.WriteHead(At, Error);
        w.Write(LineId);
        w.Write(Code);
        w.Write(Name);
        w.Write(Department);
        w.Write(Doctor);
        w.Write((byte)Category);
        w.Write((byte)PaymentClass);
        w.Write(Quantity);
        w.Write(UnitPrice);
        w.Write(Amount);
        w.Write(ChargedAt.Ticks);
        w.WriteTime(UploadedAt);
    }

    public static FeeRow Read(BinaryReader r)
    {
        string settlementId = r.ReadString();
        (RowRef at, RowError? error) = r.ReadHead();
        return new FeeRow
        {
            At = at, Error = error, SettlementId = settlementId, LineId = r.ReadString(), Code = r.ReadString(), Name = r.ReadString(),
            Department = r.ReadString(), Doctor = r.ReadString(), Category = (ItemCategory)r.ReadByte(), PaymentClass = (PaymentClass)r.ReadByte(),
            Quantity = r.ReadDecimal(), UnitPrice = r.ReadDecimal(), Amount = r.ReadDecimal(), ChargedAt = new DateTime(r.ReadInt64(), DateTimeKind.Utc),
            UploadedAt = r.ReadTime(),
        };
    }
}
