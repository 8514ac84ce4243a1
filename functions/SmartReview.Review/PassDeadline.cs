namespace SmartReview.Review;

/// <summary>Any open stage (System only): the current deadline has passed; apply the stage's default.</summary>
public sealed record PassDeadline() : CaseCommand;
