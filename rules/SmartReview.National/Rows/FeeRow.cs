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
    public LineItem? Line;
    public int LineStart, LineLength;

    /// <summary>Reads the record into this object (reused from settlement to settlement, its line too).</summary>
    public FeeRow Read(byte[] partition, int body, int length, BinaryLineReader lines)
    {
        var r = new ByteReader(partition.AsSpan(body, length));
        r.Utf8();
        (At, Error) = r.ReadHead();
        int start = r.Position;
        if (Line is null)
        {
            Line = lines.Read(ref r);
        }
        else
        {
            lines.ReadInto(ref r, Line);
        }

        LineStart = body + start;
        LineLength = r.Position - start;
        return this;
    }
}
