namespace SmartReview.Synthetic.Catalogue;

/// <summary>A code covered by one knowledge entry of one rule (by its index in the compiled pack), in one role (pairs: 0 containing, 1 included).</summary>
internal readonly record struct CoverageHit(int Rule, int Entry, byte Role);
