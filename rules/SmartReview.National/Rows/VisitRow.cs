using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements;

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

    public void Write(BinaryWriter w)
    {
        w.WriteHead(At, Error);
        w.Write(VisitId);
        w.Write(PersonId);
        w.Write(FacilityId);
        w.Write(FacilityName);
        w.Write(Region);
        w.Write(Department);
        w.Write(Doctor);
        w.Write((byte)Sex);
        w.Write(BirthDate.DayNumber);
        w.Write((byte)Scheme);
        w.Write((byte)Setting);
        w.Write(Level);
        w.Write(AdmittedAt.Ticks);
        w.Write(DischargedAt.Ticks);
    }

    public static VisitRow Read(BinaryReader r)
    {
        (RowRef at, RowError? error) = r.ReadHead();
        return new VisitRow
        {
            At = at, Error = error, VisitId = r.ReadString(), PersonId = r.ReadString(), FacilityId = r.ReadString(), FacilityName = r.ReadString(),
            Region = r.ReadString(), Department = r.ReadString(), Doctor = r.ReadString(), Sex = (Sex)r.ReadByte(),
            BirthDate = DateOnly.FromDayNumber(r.ReadInt32()), Scheme = (Scheme)r.ReadByte(), Setting = (CareSetting)r.ReadByte(), Level = r.ReadInt32(),
            AdmittedAt = new DateTime(r.ReadInt64(), DateTimeKind.Utc), DischargedAt = new DateTime(r.ReadInt64(), DateTimeKind.Utc),
        };
    }
}
