namespace SmartReview.National.Export;

/// <summary>The file names and headers the export writes (national data-standard columns, lower case).</summary>
internal static class TableFiles
{
    public static readonly IReadOnlyDictionary<NationalTable, string> Names = new Dictionary<NationalTable, string>
    {
        [NationalTable.Visit] = "mdtrt_d.csv", [NationalTable.Settlement] = "setl_d.csv", [NationalTable.FeeLine] = "fee_list_d.csv",
        [NationalTable.Diagnosis] = "setl_list_diag_d.csv", [NationalTable.Operation] = "setl_list_oprn_d.csv",
    };

    public static readonly IReadOnlyDictionary<NationalTable, string[]> Headers = new Dictionary<NationalTable, string[]>
    {
        [NationalTable.Visit] = ["mdtrt_id", "psn_no", "gend", "brdy", "insutype", "med_type", "fixmedins_code", "fixmedins_name", "hosp_lv",
            "insu_admdvs", "begntime", "endtime", "dscg_dept_codg", "atddr_no"],
        [NationalTable.Settlement] = ["setl_id", "mdtrt_id", "psn_no", "medfee_sumamt", "fund_pay_sumamt", "psn_part_amt", "fulamt_ownpay_amt", "drg_codg"],
        [NationalTable.FeeLine] = ["feedetl_sn", "setl_id", "mdtrt_id", "fee_ocur_time", "cnt", "pric", "det_item_fee_sumamt", "med_chrgitm_type",
            "chrgitm_lv", "hilist_code", "hilist_name", "bilg_dept_codg", "bilg_dr_codg", "upld_time"],
        [NationalTable.Diagnosis] = ["setl_id", "diag_srt_no", "diag_code", "diag_name", "maindiag_flag"],
        [NationalTable.Operation] = ["setl_id", "oprn_srt_no", "oprn_oprt_code", "oprn_oprt_name", "oprn_oprt_date", "main_oprn_flag"],
    };
}
