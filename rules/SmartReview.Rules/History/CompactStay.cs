namespace SmartReview.Rules.History;

/// <summary>
/// One stay as <see cref="StaySlab"/> keeps it: 56 bytes and no references, so a history of hundreds of thousands
/// of stays is one array the GC does not walk. Dates are <see cref="DateOnly.DayNumber"/>s; the facility is a number
/// in the history's <see cref="FacilityNumbers"/>; the settlement id is packed unless <see cref="LongId"/>, in which
/// case the slab keeps it as a string. A plain struct of fields: only the slab reads and writes it.
/// </summary>
internal struct CompactStay
{
    public PackedId Id;
    public decimal Total;
    public int Admission;
    public int Discharge;
    public int Facility;
    public int Level;

    /// <summary>The slot of the person's next stay, or 0 (the slab never uses slot 0).</summary>
    public int Next;
    public byte Scheme;
    public byte Setting;
    public bool LongId;
}
