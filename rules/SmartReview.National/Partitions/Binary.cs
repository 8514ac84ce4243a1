using SmartReview.National.Rows;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.National.Partitions;

/// <summary>The small pieces every partition record shares: where the row came from, its error, optional values.</summary>
internal static class Binary
{
    public static void WriteHead(this ByteWriter w, RowRef at, RowError? error)
    {
        w.Count(at.File);
        w.Number(at.Line);
        w.Boolean(error is not null);
        if (error is not null)
        {
            w.Text(error.Column ?? "\0");
            w.Text(error.Value ?? "\0");
            w.Text(error.Reason);
        }
    }

    public static (RowRef At, RowError? Error) ReadHead(this ref ByteReader r)
    {
        var at = new RowRef(r.Count(), r.Number());
        if (!r.Boolean())
        {
            return (at, null);
        }

        string column = r.Text(), value = r.Text(), reason = r.Text();
        return (at, new RowError(column == "\0" ? null : column, value == "\0" ? null : value, reason));
    }

    public static void WriteTime(this ByteWriter w, DateTime? utc) => w.Int64(utc?.Ticks ?? -1L);

    public static DateTime? ReadTime(this ref ByteReader r)
    {
        long ticks = r.Int64();
        return ticks < 0 ? null : new DateTime(ticks, DateTimeKind.Utc);
    }

    public static DateTime ReadUtc(this ref ByteReader r) => new(r.Int64(), DateTimeKind.Utc);
}
