namespace SmartReview.Storage;

/// <summary>Money columns are whole fen (Int64): tables have no decimal type, and fen add up exactly.</summary>
internal static class Fen
{
    public static long Of(decimal yuan) => decimal.ToInt64(decimal.Round(yuan * 100m, 0, MidpointRounding.AwayFromZero));

    public static decimal Yuan(long fen) => fen / 100m;
}
