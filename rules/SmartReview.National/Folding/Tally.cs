using SmartReview.National.Rows;

namespace SmartReview.National.Folding;

/// <summary>Rows accepted and rejected by one stage or partition, kept until they are committed in order.</summary>
internal sealed class Tally(IReadOnlyList<string> files)
{
    private readonly long[] _accepted = new long[5], _received = new long[5];

    public List<FoldReject> Rejects { get; } = [];

    public long Settlements { get; set; }

    public void Received(NationalTable table) => _received[(int)table]++;

    public void Accept(NationalTable table, long rows = 1) => _accepted[(int)table] += rows;

    public void Reject(NationalTable table, RowRef at, string? column, string? value, string reason, string? settlementId) =>
        Rejects.Add(new FoldReject(table, files[at.File], at.Line, column, value, reason, settlementId));

    public void Reject(NationalTable table, RowRef at, RowError error, string? settlementId) =>
        Reject(table, at, error.Column, error.Value, error.Reason, settlementId);

    /// <summary>Adds the counts to <paramref name="result"/>, hands the rejects to <paramref name="sink"/> and starts afresh.</summary>
    public void Commit(FoldResult result, IFoldRejects sink)
    {
        foreach (NationalTable table in TableNames.All)
        {
            TableCounts counts = result.Tables[table];
            counts.Received += _received[(int)table];
            counts.Accepted += _accepted[(int)table];
            _received[(int)table] = _accepted[(int)table] = 0;
        }

        foreach (FoldReject reject in Rejects)
        {
            result.Tables[reject.Table].Rejected++;
            sink.Add(reject);
        }

        result.Settlements += Settlements;
        Settlements = 0;
        Rejects.Clear();
    }
}
