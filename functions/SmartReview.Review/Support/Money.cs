namespace SmartReview.Review.Support;

/// <summary>Amounts are yuan with fen: at most two decimals.</summary>
internal static class Money
{
    public static bool IsFen(decimal amount) => decimal.Round(amount, 2) == amount;
}
