namespace SmartReview.Rules.Engine;

/// <summary>A code (or prefix ending in *) that a rule wants to see, for one of its entries, in one role.</summary>
public readonly record struct IndexedCode(string Code, int Entry, byte Role);
