using SmartReview.National.Rows;

namespace SmartReview.National.Reading;

/// <summary>Reads SETL_D rows: setl_id, mdtrt_id, medfee_sumamt, fund_pay_sumamt, psn_part_amt, fulamt_ownpay_amt (drg_codg optional).</summary>
internal sealed class SettlementRowParser(HeaderMap h, FieldReader f)
{
    private const NationalTable T = NationalTable.Settlement;
    private readonly Column _id = h.Require(T, "setl_id"), _visit = h.Require(T, "mdtrt_id"), _total = h.Require(T, "medfee_sumamt"),
        _fund = h.Require(T, "fund_pay_sumamt"), _personPart = h.Require(T, "psn_part_amt"), _ownPay = h.Require(T, "fulamt_ownpay_amt"),
        _drg = h.Find("drg_codg");

    public SettlementRow Read(RowRef at)
    {
        f.Begin();
        var row = new SettlementRow
        {
            At = at, SettlementId = f.Text(_id), VisitId = f.Text(_visit), Total = f.Money(_total), FundPaid = f.Money(_fund),
            PersonPart = f.Money(_personPart), OwnPay = f.Money(_ownPay), Drg = f.Optional(_drg),
        };
        if (row.PersonPart < row.OwnPay)
        {
            f.Fail(_personPart.Name, row.PersonPart.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"is less than {_ownPay.Name} ({row.OwnPay.ToString(System.Globalization.CultureInfo.InvariantCulture)}): self-pay would be negative");
        }

        row.Error = f.Error;
        return row;
    }
}
