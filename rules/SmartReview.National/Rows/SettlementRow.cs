using SmartReview.National.Partitions;

namespace SmartReview.National.Rows;

/// <summary>A settlement (SETL_D) row: its visit and the totals.</summary>
internal sealed class SettlementRow
{
    public RowRef At;
    public RowError? Error;
    public string SettlementId = "", VisitId = "", Drg = "";
    public decimal Total, FundPaid, PersonPart, OwnPay;

    public void Write(BinaryWriter w)
    {
        w.WriteHead(At, Error);
        w.Write(SettlementId);
        w.Write(VisitId);
        w.Write(Drg);
        w.Write(Total);
        w.Write(FundPaid);
        w.Write(PersonPart);
        w.Write(OwnPay);
    }

    public static SettlementRow Read(BinaryReader r)
    {
        (RowRef at, RowError? error) = r.ReadHead();
        return new SettlementRow
        {
            At = at, Error = error, SettlementId = r.ReadString(), VisitId = r.ReadString(), Drg = r.ReadString(),
            Total = r.ReadDecimal(), FundPaid = r.ReadDecimal(), PersonPart = r.ReadDecimal(), OwnPay = r.ReadDecimal(),
        };
    }
}
