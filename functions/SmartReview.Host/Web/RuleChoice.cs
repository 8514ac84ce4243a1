namespace SmartReview.Host.Web;

/// <summary>A rule as a picker offers it: its id and its name in the reader's language.</summary>
internal sealed record RuleChoice(string Id, string Name);
