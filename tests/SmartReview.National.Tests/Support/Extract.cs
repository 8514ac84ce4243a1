using System.Text;

namespace SmartReview.National.Tests.Support;

/// <summary>A small valid extract (one settlement, S1, with two fee lines, two diagnoses and an operation) and a writer for variants of it.</summary>
internal sealed class Extract
{
    public TableSpec Visit { get; set; } = new("mdtrt.csv",
        ["mdtrt_id", "psn_no", "gend", "brdy", "insutype", "med_type", "fixmedins_code", "fixmedins_name", "hosp_lv", "insu_admdvs", "begntime", "endtime", "dscg_dept_codg", "atddr_no"],
        [["M1", "P1", "2", "1958-04-12", "310", "21", "H33010100007", "杭州市第七人民医院,总院", "02", "330100", "2024-03-01 08:30:00", "2024-03-08 10:00:00", "A03.06", "D0412"]]);

    public TableSpec Settlement { get; set; } = new("setl.csv",
        ["setl_id", "mdtrt_id", "medfee_sumamt", "fund_pay_sumamt", "psn_part_amt", "fulamt_ownpay_amt"],
        [["S1", "M1", "90.00", "70.00", "20.00", "5.00"]]);

    public TableSpec Fees { get; set; } = new("fee.csv",
        ["setl_id", "feedetl_sn", "fee_ocur_time", "cnt", "pric", "det_item_fee_sumamt", "med_chrgitm_type", "chrgitm_lv", "hilist_code", "hilist_name", "bilg_dept_codg", "bilg_dr_codg"],
        [
            ["S1", "1", "2024-03-01 09:00:00", "2", "30.00", "60.00", "01", "01", "001101000010000", "普通病房床位费", "A03.06", "D0412"],
            ["S1", "2", "2024-03-02 09:00:00", "1", "30.00", "30.00", "01", "01", "001101000010000", "床位费 \"单人\", 加床", "A03.06", "D0412"],
        ]);

    public TableSpec Diagnoses { get; set; } = new("diag.csv",
        ["setl_id", "diag_code", "diag_name", "maindiag_flag"],
        [["S1", "J18.900", "肺炎", "1"], ["S1", "I10.x00", "高血压", "0"]]);

    public TableSpec Operations { get; set; } = new("oprn.csv",
        ["setl_id", "oprn_oprt_code", "oprn_oprt_name", "main_oprn_flag", "oprn_oprt_date"],
        [["S1", "51.2300", "腹腔镜胆囊切除术", "1", "2024-03-02 10:00:00"]]);

    public IEnumerable<TableSpec> Tables => [Visit, Settlement, Fees, Diagnoses, Operations];

    /// <summary>Writes every table into a new folder and returns it.</summary>
    public string Write(WriteStyle? style = null)
    {
        style ??= new WriteStyle();
        string folder = Path.Combine(Path.GetTempPath(), "sr-national-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        foreach (TableSpec table in Tables)
        {
            File.WriteAllBytes(Path.Combine(folder, style.Rename(table.FileName)), style.Bytes(table));
        }

        return folder;
    }
}
