namespace SmartReview.National;

/// <summary>Rows of one table: received = accepted (rows of accepted settlements) + rejected.</summary>
public sealed class TableCounts
{
    /// <summary>Data rows read (the header is not a row).</summary>
    public long Received { get; internal set; }

    /// <summary>Rows that are part of an accepted settlement.</summary>
    public long Accepted { get; internal set; }

    /// <summary>Rows with a reject (their own fault, their settlement's, or no settlement to join).</summary>
    public long Rejected { get; internal set; }

    /// <summary>Files of the extract recognised as this table.</summary>
    public int Files { get; internal set; }

    /// <summary>True when received = accepted + rejected.</summary>
    public bool Reconciles => Received == Accepted + Rejected;
}
