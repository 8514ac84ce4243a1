namespace SmartReview.National;

/// <summary>What a fold read and wrote: rows per table, settlements written and rejected.</summary>
public sealed class FoldResult
{
    internal FoldResult()
    {
        Tables = TableNames.All.ToDictionary(t => t, _ => new TableCounts());
    }

    /// <summary>Row counts per table; every table is present, with zeros when the extract has no file of it.</summary>
    public IReadOnlyDictionary<NationalTable, TableCounts> Tables { get; }

    /// <summary>Settlements written to the output.</summary>
    public long Settlements { get; internal set; }

    /// <summary>Settlement rows rejected (equals the settlement table's rejected rows).</summary>
    public long SettlementsRejected => Tables[NationalTable.Settlement].Rejected;

    /// <summary>Partitions the join used.</summary>
    public int Partitions { get; internal set; }

    /// <summary>Time spent reading the files into partitions (pass 1).</summary>
    public TimeSpan Reading { get; internal set; }

    /// <summary>Time spent joining settlements to visits (pass 2a).</summary>
    public TimeSpan Joining { get; internal set; }

    /// <summary>Time spent folding the settlement partitions (pass 2b); the rest is the merge into discharge order, which a scorer reading the output paces.</summary>
    public TimeSpan Folding { get; internal set; }

    /// <summary>Wall time of the fold.</summary>
    public TimeSpan Elapsed { get; internal set; }

    /// <summary>True when every table reconciles.</summary>
    public bool Reconciles => Tables.Values.All(t => t.Reconciles);

    /// <summary>Rows rejected over all tables.</summary>
    public long RowsRejected => Tables.Values.Sum(t => t.Rejected);
}
