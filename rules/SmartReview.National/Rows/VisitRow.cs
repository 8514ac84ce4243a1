using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Rows;

/// <summary>A visit (MDTRT_D) row: person, scheme, setting, facility, stay and discharging department.</summary>
internal sealed class VisitRow
{
    public RowRef At;
    public RowError? Error;
    public string VisitId = "", PersonId = "", FacilityId = "", FacilityName = "", Region = "", Department = "", Doctor = "";
    public Sex Sex;
    public DateOnly BirthDate;
    public Scheme Scheme;
    public CareSetting Setting;
    public int Level;
    public DateTime AdmittedAt, DischargedAt;

    public void Write(ByteWriter w)
    {
        w.WriteHead(At, Error);
        w.Text(VisitId);
        w.Text(PersonId);
        w.Text(FacilityId);
        w.Text(FacilityName);
        w.Text(Region);
        w.Text(Department);
        w.Text(Doctor);
        w.Byte((byte)Sex);
        w.Int32(BirthDate.DayNumber);
        w.Byte((byte)Scheme);
        w.Byte((byte)Setting);
        w.Int32(Level);
        w.Int64(AdmittedAt.Ticks);
        w.Int64(DischargedAt.Ticks);
    }

    public static VisitRow Read(ref ByteReader r)
    {
        (RowRef at, RowError? error) = r.ReadHead();
        return new VisitRow
        {
            At = at, Error = error, VisitId = r.Text(), PersonId = r.Text(), FacilityId = r.Text(), FacilityName = r.Text(), Region = r.Text(),
            Department = r.Text(), Doctor = r.Text(), Sex = (Sex)r.Byte(), BirthDate = DateOnly.FromDayNumber(r.Int32()), Scheme = (Scheme)r.Byte(),
            Setting = (CareSetting)r.Byte(), Level = r.Int32(), AdmittedAt = r.ReadUtc(), DischargedAt = r.ReadUtc(),
        };
    }
}
