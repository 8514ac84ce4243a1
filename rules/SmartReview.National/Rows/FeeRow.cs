using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Rows;

/// <summary>
/// A fee line (FEE_LIST_D) row as the fold reads it back: where it came from, its error, the line (read with a
/// <see cref="BinaryLineReader"/>) and where its bytes are in the partition (<see cref="SettlementBinary"/>'s line
/// format), so a folded settlement copies them rather than writing the line again.
/// </summary>
/// <remarks>The record is the settlement id, the head (row, error), then the line: see <c>FeeRowParser</c>.</remarks>
internal sealed class FeeRow
{
    public RowRef At;
    public RowError? Error;
    public LineItem Line = null!;
    public int LineStart, LineLength;

    public static FeeRow Read(byte[] partition, int body, int length, BinaryLineReader lines)
    {
        var r = new ByteReader(partition.AsSpan(body, length));
        r.Utf8();
        (RowRef at, RowError? error) = r.ReadHead();
        int start = r.Position;
        LineItem line = lines.Read(ref r);
        return new FeeRow { At = at, Error = error, Line = line, LineStart = body + start, LineLength = r.Position - start };
    }
}
