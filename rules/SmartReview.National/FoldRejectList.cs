namespace SmartReview.National;

/// <summary>Keeps the fold's rejects in memory (tests, small uploads).</summary>
public sealed class FoldRejectList : IFoldRejects
{
    private readonly List<FoldReject> _items = [];

    /// <summary>The rejects in the order the fold reported them.</summary>
    public IReadOnlyList<FoldReject> Items => _items;

    /// <inheritdoc />
    public void Add(FoldReject reject) => _items.Add(reject);
}
