using SmartReview.National.Rows;

namespace SmartReview.National.Reading;

/// <summary>Reads MDTRT_D rows: mdtrt_id, psn_no, gend, brdy, insutype, med_type, fixmedins_code/_name, hosp_lv, insu_admdvs, begntime, endtime, dscg_dept_codg, atddr_no.</summary>
internal sealed class VisitRowParser(HeaderMap h, NationalDictionaries d, FieldReader f)
{
    private const NationalTable T = NationalTable.Visit;
    private readonly Column _visit = h.Require(T, "mdtrt_id"), _person = h.Require(T, "psn_no"), _sex = h.Require(T, "gend"), _birth = h.Require(T, "brdy"),
        _scheme = h.Require(T, "insutype"), _setting = h.Require(T, "med_type"), _facility = h.Require(T, "fixmedins_code"),
        _facilityName = h.Require(T, "fixmedins_name"), _level = h.Require(T, "hosp_lv"), _region = h.Require(T, "insu_admdvs"),
        _begin = h.Require(T, "begntime", "begndate"), _end = h.Require(T, "endtime", "enddate"), _department = h.Require(T, "dscg_dept_codg"),
        _doctor = h.Require(T, "atddr_no");

    public VisitRow Read(RowRef at)
    {
        f.Begin();
        var row = new VisitRow
        {
            At = at, VisitId = f.Text(_visit), PersonId = f.Text(_person), Sex = f.Code(_sex, d.Sex), BirthDate = f.Date(_birth),
            Scheme = f.Code(_scheme, d.Scheme), Setting = f.Code(_setting, d.Setting), FacilityId = f.Text(_facility), FacilityName = f.Text(_facilityName),
            Level = f.Code(_level, d.HospitalLevel), Region = f.Text(_region), AdmittedAt = f.Time(_begin), DischargedAt = f.Time(_end),
            Department = f.Text(_department), Doctor = f.Text(_doctor),
        };
        row.Error = f.Error;
        return row;
    }
}
