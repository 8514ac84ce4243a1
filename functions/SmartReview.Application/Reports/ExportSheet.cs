namespace SmartReview.Application.Reports;

/// <summary>
/// One export as a sheet: its name, its columns and its rows, streamed. A cell is a <see cref="string"/>, an
/// <see cref="int"/>, a <see cref="decimal"/> (money: yuan, shown with 2 decimals), a <see cref="DateTime"/> (China
/// wall-clock time), a <see cref="TextKey"/> (a text the writer looks up) or null. When <see cref="TotalColumns"/> are
/// given, the writer ends with a total row summing each of those columns under the label <see cref="TotalKey"/>.
/// </summary>
public sealed record ExportSheet(string Name, IReadOnlyList<string> ColumnKeys, IAsyncEnumerable<object?[]> Rows, IReadOnlyList<int>? TotalColumns = null)
{
    public const string TotalKey = "Total";
}
