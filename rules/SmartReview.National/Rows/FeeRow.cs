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

    /// <summary>The line id as a number when it is up to 18 digits (nearly always), else -1: orders lines without comparing strings.</summary>
    public long Number;

    /// <summary>Reads the record into this object (reused from settlement to settlement, its line too).</summary>
    public FeeRow Read(byte[] partition, int body, int length, BinaryLineReader lines)
    {
        var r = new ByteReader(partition.AsSpan(body, length));
        r.Utf8();
        (At, Error) = r.ReadHead();
        int start = r.Position;
        Line ??= new LineItem
        {
            LineId = "", Code = "", Name = "", Category = default, Quantity = 0, UnitPrice = 0, Amount = 0, ChargedAt = default, Department = "", Doctor = "",
            PaymentClass = default,
        };
        lines.ReadInto(ref r, Line, allTexts: false); // checked and ordered here; the bytes are what the settlement gets
        LineStart = body + start;
        LineLength = r.Position - start;
        Number = NumberOf(Line.LineId);
        return this;
    }

    /// <summary>Fee lines by feedetl_sn (as <see cref="Folding.LineIdOrder"/>), then by row.</summary>
    public static int Compare(FeeRow a, FeeRow b)
    {
        int c = a.Number >= 0 && b.Number >= 0 ? a.Number.CompareTo(b.Number) : 0;
        if (c == 0)
        {
            c = Folding.LineIdOrder.Instance.Compare(a.Line!.LineId, b.Line!.LineId);
        }

        return c != 0 ? c : a.At.CompareTo(b.At);
    }

    private static long NumberOf(string id)
    {
        if (id.Length is 0 or > 18)
        {
            return -1;
        }

        long n = 0;
        foreach (char c in id)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
