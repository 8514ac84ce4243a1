using SmartReview.National.Rows;

namespace SmartReview.National.Reading;

/// <summary>
/// Reads FEE_LIST_D rows: setl_id, feedetl_sn, fee_ocur_time, cnt, pric, det_item_fee_sumamt, med_chrgitm_type,
/// chrgitm_lv, hilist_code (or med_list_codg), hilist_name (or medins_list_name), bilg_dept_codg, bilg_dr_codg;
/// upld_time optional (SmartReview's upload-time feed).
/// </summary>
internal sealed class FeeRowParser(HeaderMap h, NationalDictionaries d, FieldReader f)
{
    private const NationalTable T = NationalTable.FeeLine;
    private readonly Column _settlement = h.Require(T, "setl_id"), _line = h.Require(T, "feedetl_sn"), _at = h.Require(T, "fee_ocur_time"),
        _count = h.Require(T, "cnt"), _price = h.Require(T, "pric"), _amount = h.Require(T, "det_item_fee_sumamt"),
        _category = h.Require(T, "med_chrgitm_type"), _class = h.Require(T, "chrgitm_lv"), _code = h.Require(T, "hilist_code", "med_list_codg"),
        _name = h.Require(T, "hilist_name", "medins_list_name"), _department = h.Require(T, "bilg_dept_codg"), _doctor = h.Require(T, "bilg_dr_codg"),
        _uploaded = h.Find("upld_time");

    public FeeRow Read(RowRef at)
    {
        f.Begin();
        var row = new FeeRow
        {
            At = at, SettlementId = f.Text(_settlement), LineId = f.Text(_line), ChargedAt = f.Time(_at), Quantity = f.Quantity(_count),
            UnitPrice = f.Money(_price), Amount = f.Money(_amount), Category = f.Code(_category, d.Category), PaymentClass = f.Code(_class, d.PaymentClass),
            Code = f.Text(_code), Name = f.Text(_name), Department = f.Text(_department), Doctor = f.Text(_doctor), UploadedAt = f.OptionalTime(_uploaded),
        };
        row.Error = f.Error;
        return row;
    }
}
