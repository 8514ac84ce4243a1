using SmartReview.National.Partitions;
using SmartReview.National.Rows;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Reading;

/// <summary>
/// Reads FEE_LIST_D rows: setl_id, feedetl_sn, fee_ocur_time, cnt, pric, det_item_fee_sumamt, med_chrgitm_type,
/// chrgitm_lv, hilist_code (or med_list_codg), hilist_name (or medins_list_name), bilg_dept_codg, bilg_dr_codg;
/// upld_time optional (SmartReview's upload-time feed). A row goes straight to its partition as a <see cref="FeeRow"/>
/// record, its texts as the bytes read: fee lines are most of an extract, and no string is made for them here.
/// </summary>
internal sealed class FeeRowParser(HeaderMap h, NationalDictionaries d, FieldReader f)
{
    private const NationalTable T = NationalTable.FeeLine;
    private readonly Column _settlement = h.Require(T, "setl_id"), _line = h.Require(T, "feedetl_sn"), _at = h.Require(T, "fee_ocur_time"),
        _count = h.Require(T, "cnt"), _price = h.Require(T, "pric"), _amount = h.Require(T, "det_item_fee_sumamt"),
        _category = h.Require(T, "med_chrgitm_type"), _class = h.Require(T, "chrgitm_lv"), _code = h.Require(T, "hilist_code", "med_list_codg"),
        _name = h.Require(T, "hilist_name", "medins_list_name"), _department = h.Require(T, "bilg_dept_codg"), _doctor = h.Require(T, "bilg_dr_codg"),
        _uploaded = h.Find("upld_time");

    /// <summary>Writes the row to its settlement's partition; false (nothing written) when it has no setl_id.</summary>
    public bool Read(RowRef at, PartitionBuffers output)
    {
        f.Begin();
        ReadOnlySpan<byte> settlement = f.Utf8(_settlement);
        if (settlement.IsEmpty)
        {
            return false;
        }

        ReadOnlySpan<byte> line = f.Utf8(_line);
        DateTime charged = f.Time(_at);
        decimal quantity = f.Quantity(_count), price = f.Money(_price), amount = f.Money(_amount);
        ItemCategory category = f.Code(_category, d.Category);
        PaymentClass paymentClass = f.Code(_class, d.PaymentClass);
        ReadOnlySpan<byte> code = f.Utf8(_code), name = f.Utf8(_name), department = f.Utf8(_department), doctor = f.Utf8(_doctor);
        DateTime? uploaded = f.OptionalTime(_uploaded);
        if (f.Error is null)
        {
            CheckLine(category, code, quantity, price, amount);
        }

        ByteWriter w = output.Begin(settlement, RecordKind.FeeLine);
        w.Utf8(settlement);
        w.WriteHead(at, f.Error);
        SettlementBinary.WriteLine(w, line, code, name, department, doctor, category, paymentClass, quantity, price, amount, charged, uploaded);
        output.End();
        return true;
    }

    /// <summary>The line's own checks, as the JSON route makes them (<see cref="SettlementValidator.CheckLine"/>), failing the row at the column at fault.</summary>
    private void CheckLine(ItemCategory category, ReadOnlySpan<byte> code, decimal quantity, decimal price, decimal amount)
    {
        Span<char> chars = stackalloc char[Math.Min(code.Length, 64)];
        ReadOnlySpan<char> text = code.Length <= 64 && System.Text.Encoding.UTF8.TryGetChars(code, chars, out int n) ? chars[..n] : System.Text.Encoding.UTF8.GetString(code);
        if (SettlementValidator.CheckLine(category, text, quantity, price, amount) is { } problem)
        {
            Column column = problem.Field switch { "code" => _code, "quantity" => _count, _ => _amount };
            f.Fail(column.Name, null, problem.Reason);
        }
    }
}
