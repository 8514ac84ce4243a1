namespace SmartReview.Rules.Settlements;

/// <summary>The facility that settled the stay. Level is the hospital grade, 1 to 3.</summary>
public sealed record Facility(string Id, string Name, int Level, string Region);
