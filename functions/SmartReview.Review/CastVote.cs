namespace SmartReview.Review;

/// <summary>Panel (a PanelMember who did not review the case): one vote; an amount when confirming, none when dismissing.</summary>
public sealed record CastVote(Outcome Vote, decimal? Amount, string Reason) : CaseCommand;
