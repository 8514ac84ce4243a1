namespace SmartReview.Review;

/// <summary>One panel member's vote: an amount when confirming, none when dismissing.</summary>
public sealed record PanelVote(string MemberId, Outcome Outcome, decimal? Amount, string Reason);
