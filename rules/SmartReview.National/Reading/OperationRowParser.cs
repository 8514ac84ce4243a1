using SmartReview.National.Rows;

namespace SmartReview.National.Reading;

/// <summary>Reads SETL_LIST_OPRN_D rows: setl_id, oprn_oprt_code, oprn_oprt_name, main_oprn_flag; oprn_oprt_date and oprn_srt_no optional.</summary>
internal sealed class OperationRowParser(HeaderMap h, NationalDictionaries d, FieldReader f)
{
    private const NationalTable T = NationalTable.Operation;
    private readonly Column _settlement = h.Require(T, "setl_id"), _code = h.Require(T, "oprn_oprt_code"), _name = h.Require(T, "oprn_oprt_name"),
        _main = h.Require(T, "main_oprn_flag"), _date = h.Find("oprn_oprt_date"), _order = h.Find("oprn_srt_no");

    public OperationRow Read(RowRef at)
    {
        f.Begin();
        var row = new OperationRow
        {
            At = at, SettlementId = f.Text(_settlement), Code = f.Text(_code), Name = f.Text(_name), Main = f.Code(_main, d.MainOperation),
            PerformedAt = f.OptionalTime(_date), Order = f.Order(_order, long.MaxValue),
        };
        row.Error = f.Error;
        return row;
    }
}
