namespace SmartReview.National.Folding;

/// <summary>The extract column behind each settlement field a validation error can name (docs/settlement-format.md).</summary>
internal static class FieldColumns
{
    private static readonly Dictionary<string, string> Line = new(StringComparer.Ordinal)
    {
        ["line_id"] = "feedetl_sn", ["code"] = "hilist_code", ["name"] = "hilist_name", ["category"] = "med_chrgitm_type", ["quantity"] = "cnt",
        ["unit_price"] = "pric", ["amount"] = "det_item_fee_sumamt", ["charged_at"] = "fee_ocur_time", ["department"] = "bilg_dept_codg",
        ["doctor"] = "bilg_dr_codg", ["payment_class"] = "chrgitm_lv",
    };

    private static readonly Dictionary<string, string> Diagnosis = new(StringComparer.Ordinal) { ["code"] = "diag_code", ["name"] = "diag_name", ["main"] = "maindiag_flag" };

    private static readonly Dictionary<string, string> Operation = new(StringComparer.Ordinal)
    {
        ["code"] = "oprn_oprt_code", ["name"] = "oprn_oprt_name", ["main"] = "main_oprn_flag", ["performed_at"] = "oprn_oprt_date",
    };

    private static readonly Dictionary<string, string> Settlement = new(StringComparer.Ordinal)
    {
        ["totals.total"] = "medfee_sumamt", ["totals"] = "medfee_sumamt", ["facility.level"] = "hosp_lv", ["discharged_at"] = "endtime",
        ["admitted_at"] = "begntime", ["person.birth_date"] = "brdy", ["diagnoses"] = "maindiag_flag", ["lines"] = "setl_id",
    };

    /// <summary>Splits <c>lines[3].amount</c> into the array (<c>lines</c>), the index (3) and the column (det_item_fee_sumamt).</summary>
    public static (string Array, int Index, string? Column) Of(string field)
    {
        int open = field.IndexOf('[', StringComparison.Ordinal), close = field.IndexOf(']', StringComparison.Ordinal);
        if (open < 0 || close < open)
        {
            return ("", -1, Settlement.GetValueOrDefault(field));
        }

        string array = field[..open], rest = close + 2 <= field.Length ? field[(close + 2)..] : "";
        int index = int.Parse(field.AsSpan(open + 1, close - open - 1), System.Globalization.CultureInfo.InvariantCulture);
        Dictionary<string, string> names = array switch { "lines" => Line, "diagnoses" => Diagnosis, _ => Operation };
        return (array, index, names.GetValueOrDefault(rest));
    }
}
