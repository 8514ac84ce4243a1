using SmartReview.National.Rows;

namespace SmartReview.National.Reading;

/// <summary>Reads SETL_LIST_DIAG_D rows: setl_id, diag_code, diag_name, maindiag_flag (diag_srt_no optional, orders them).</summary>
internal sealed class DiagnosisRowParser(HeaderMap h, NationalDictionaries d, FieldReader f)
{
    private const NationalTable T = NationalTable.Diagnosis;
    private readonly Column _settlement = h.Require(T, "setl_id"), _code = h.Require(T, "diag_code"), _name = h.Require(T, "diag_name"),
        _main = h.Require(T, "maindiag_flag"), _order = h.Find("diag_srt_no");

    public DiagnosisRow Read(RowRef at)
    {
        f.Begin();
        var row = new DiagnosisRow
        {
            At = at, SettlementId = f.Text(_settlement), Code = f.Text(_code), Name = f.Text(_name), Main = f.Code(_main, d.MainDiagnosis),
            Order = f.Order(_order, long.MaxValue),
        };
        row.Error = f.Error;
        return row;
    }
}
