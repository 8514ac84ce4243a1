namespace SmartReview.Review;

/// <summary>A refused command: a code to act on and a message in Simplified Chinese and English.</summary>
public sealed record Rejection(RejectionCode Code, string MessageZh, string MessageEn)
{
    /// <summary>Both languages, Chinese first: "中文 / English".</summary>
    public string Message => $"{MessageZh} / {MessageEn}";
}
