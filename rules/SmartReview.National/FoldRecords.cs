namespace SmartReview.National;

/// <summary>What the fold writes its settlements as.</summary>
public enum FoldRecords
{
    /// <summary>JSON Lines in SmartReview's settlement format (docs/settlement-format.md): the host's ingest reads them.</summary>
    JsonLines,

    /// <summary>
    /// Length-prefixed binary settlements (<c>SettlementBinary</c>), for a scorer in the same process
    /// (<c>BatchScorer.ScoreFoldedAsync</c>): no JSON written and parsed again.
    /// </summary>
    Binary,
}
