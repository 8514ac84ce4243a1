namespace SmartReview.Review;

/// <summary>How money due came back to the fund.</summary>
public enum ReceiptMethod
{
    /// <summary>扣减: deducted from a monthly payment to the facility.</summary>
    Deduction,

    /// <summary>转账: transferred by the facility.</summary>
    Transfer,
}
