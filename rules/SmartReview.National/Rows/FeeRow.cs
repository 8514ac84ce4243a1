using System.Text;
using SmartReview.National.Partitions;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Rows;

/// <summary>
/// A fee line (FEE_LIST_D) row as the fold reads it back: where it came from, its error, its line id and amount, and
/// where the line's bytes are in the partition (<see cref="SettlementBinary"/>'s line format), so a folded
/// settlement copies them rather than writing the line again. The line id stays bytes (valid UTF-8: pass 1 made it
/// so) until a message or an order of ids that are not numbers needs it as text.
/// </summary>
/// <remarks>The record is the settlement id, the head (row, error), then the line: see <c>FeeRowParser</c>.</remarks>
internal sealed class FeeRow
{
    private byte[] _partition = [];
    private int _idStart, _idLength;
    private string? _lineId;

    public RowRef At;
    public RowError? Error;
    public decimal Amount;
    public int LineStart, LineLength;

    /// <summary>The line id as a number when it is up to 18 digits (nearly always), else -1: orders lines without comparing strings.</summary>
    public long Number;

    public ReadOnlySpan<byte> LineIdUtf8 => _partition.AsSpan(_idStart, _idLength);

    public string LineId => _lineId ??= Encoding.UTF8.GetString(LineIdUtf8);

    /// <summary>Reads the record into this object (reused from settlement to settlement): the line's id and amount, and where its bytes are.</summary>
    public FeeRow Read(byte[] partition, int body, int length)
    {
        var r = new ByteReader(partition.AsSpan(body, length));
        r.Utf8();
        (At, Error) = r.ReadHead();
        int start = r.Position;
        (int idAt, int idLength) = BinaryLineReader.ReadIdAndAmount(ref r, out Amount); // the line's own checks were made when its row was read
        _partition = partition;
        _idStart = body + idAt;
        _idLength = idLength;
        _lineId = null;
        LineStart = body + start;
        LineLength = r.Position - start;
        Number = NumberOf(LineIdUtf8);
        return this;
    }

    /// <summary>Fee lines by feedetl_sn (as <see cref="Folding.LineIdOrder"/>), then by row.</summary>
    public static int Compare(FeeRow a, FeeRow b)
    {
        int c = a.Number >= 0 && b.Number >= 0 ? a.Number.CompareTo(b.Number) : 0;
        if (c == 0 && !a.LineIdUtf8.SequenceEqual(b.LineIdUtf8))
        {
            c = Folding.LineIdOrder.Instance.Compare(a.LineId, b.LineId);
        }

        return c != 0 ? c : a.At.CompareTo(b.At);
    }

    private static long NumberOf(ReadOnlySpan<byte> id)
    {
        if (id.Length is 0 or > 18)
        {
            return -1;
        }

        long n = 0;
        foreach (byte c in id)
        {
            if (c is < (byte)'0' or > (byte)'9')
            {
                return -1;
            }

            n = (n * 10) + (c - '0');
        }

        return n;
    }
}
