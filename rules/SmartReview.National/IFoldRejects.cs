namespace SmartReview.National;

/// <summary>Receives the fold's rejects, one call at a time (the fold never calls it from two threads at once).</summary>
public interface IFoldRejects
{
    /// <summary>Takes one rejected row.</summary>
    void Add(FoldReject reject);
}
