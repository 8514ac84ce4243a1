namespace SmartReview.Knowledge.Nhsa;

/// <summary>Values of a point's <c>status</c> column.</summary>
internal static class PointStatus
{
    public const string Active = "active";
    public const string Withdrawn = "withdrawn";

    public static bool IsKnown(string status) => status is Active or Withdrawn;
}
