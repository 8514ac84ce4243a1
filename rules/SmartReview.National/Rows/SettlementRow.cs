using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Rows;

/// <summary>A settlement (SETL_D) row: its visit and the totals.</summary>
internal sealed class SettlementRow
{
    public RowRef At;
    public RowError? Error;
    public string SettlementId = "", VisitId = "", Drg = "";
    public decimal Total, FundPaid, PersonPart, OwnPay;

    public void Write(ByteWriter w)
    {
        w.WriteHead(At, Error);
        w.Text(SettlementId);
        w.Text(VisitId);
        w.Text(Drg);
        w.Decimal(Total);
        w.Decimal(FundPaid);
        w.Decimal(PersonPart);
        w.Decimal(OwnPay);
    }

    public static SettlementRow Read(ref ByteReader r)
    {
        (RowRef at, RowError? error) = r.ReadHead();
        return new SettlementRow
        {
            At = at, Error = error, SettlementId = r.Text(), VisitId = r.Text(), Drg = r.Text(), Total = r.Decimal(), FundPaid = r.Decimal(),
            PersonPart = r.Decimal(), OwnPay = r.Decimal(),
        };
    }
}
