using System.Globalization;
using Azure.Data.Tables;
using SmartReview.Review;
using SmartReview.Review.Points;
using SmartReview.Storage.Cases;

namespace SmartReview.Storage.Points;

/// <summary>
/// A points entry in two places: "p|case|seq" in the facility's partition of the cases table, written in the case's
/// own transaction (the truth, like ledger rows), and its copy in the register table, partition = person, row
/// "yyyy|facility|case|seq", written after the commit and repaired from the first. Both carry the same properties.
/// </summary>
internal static class PointsRows
{
    public const string Prefix = "p|";

    public static TableEntity OnCase(PointsEntry p) => With(new TableEntity(CaseRows.Partition(p.FacilityId),
        $"{Prefix}{Keys.Safe(p.CaseId)}|{Seq(p.Sequence)}"), p);

    public static TableEntity InRegister(PointsEntry p) => With(new TableEntity(Keys.Safe(p.PersonId),
        $"{p.Year.ToString(CultureInfo.InvariantCulture)}|{Keys.Safe(p.FacilityId)}|{Keys.Safe(p.CaseId)}|{Seq(p.Sequence)}"), p);

    public static PointsEntry Entry(TableEntity e) => new(e.GetString("PersonId"), e.GetInt32("Year") ?? 0, e.GetString("FacilityId"),
        e.GetString("CaseId"), e.GetInt32("Sequence") ?? 0, e.GetDateTimeOffset("AtUtc") ?? default, e.GetString("ActorId"),
        Enum.Parse<Responsibility>(e.GetString("Degree")), e.GetInt32("Points") ?? 0, e.GetString("Reason") ?? "", e.GetInt32("Withdraws"));

    private static TableEntity With(TableEntity row, PointsEntry p)
    {
        row["PersonId"] = p.PersonId;
        row["Year"] = p.Year;
        row["FacilityId"] = p.FacilityId;
        row["CaseId"] = p.CaseId;
        row["Sequence"] = p.Sequence;
        row["AtUtc"] = p.AtUtc;
        row["ActorId"] = p.ActorId;
        row["Degree"] = p.Degree.ToString();
        row["Points"] = p.Points;
        row["Reason"] = p.Reason;
        row["Withdraws"] = p.Withdraws;
        return row;
    }

    private static string Seq(int sequence) => sequence.ToString("D5", CultureInfo.InvariantCulture);
}
