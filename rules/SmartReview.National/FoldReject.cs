using SmartReview.Rules.Batches;

namespace SmartReview.National;

/// <summary>
/// A row of the extract the fold did not turn into an accepted settlement: which table and file, the row's line
/// number in that file (the header is line 1), the column and value at fault when one is, the reason, and the
/// settlement id when it is known. Every rejected row gets exactly one reject.
/// </summary>
public sealed record FoldReject(NationalTable Table, string File, long Row, string? Column, string? Value, string Reason, string? SettlementId)
{
    /// <summary>The platform's table name (<c>FEE_LIST_D</c>…).</summary>
    public string TableName => TableNames.Of(Table);

    /// <summary>
    /// As a batch <see cref="Reject"/>: the line number is the row, the field is <c>TABLE.column</c> (or the table
    /// alone), the raw record is <c>file:row</c> and the value, so it can join a batch's reject list.
    /// </summary>
    public Reject ToReject() =>
        new(Row, SettlementId, Column is null ? TableName : $"{TableName}.{Column}", Reason, Value is null ? $"{File}:{Row}" : $"{File}:{Row} {Value}");
}
