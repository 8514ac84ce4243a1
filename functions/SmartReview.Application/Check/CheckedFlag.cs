using SmartReview.Rules.Engine;

namespace SmartReview.Application.Check;

/// <summary>One flag of a checked settlement, with why its rule fired: every condition checked, with its values.</summary>
public sealed record CheckedFlag(Flag Flag, Explanation Explanation);
