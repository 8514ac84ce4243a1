namespace SmartReview.Synthetic.Generation;

/// <summary>Yuan to the fen.</summary>
internal static class Money
{
    public static decimal Round(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    /// <summary>Rounded down to the fen.</summary>
    public static decimal Floor(decimal value) => decimal.Floor(value * 100) / 100;

    /// <summary>Rounded up to the fen.</summary>
    public static decimal Ceiling(decimal value) => decimal.Ceiling(value * 100) / 100;
}
