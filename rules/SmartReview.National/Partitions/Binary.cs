using SmartReview.National.Rows;

namespace SmartReview.National.Partitions;

/// <summary>The small pieces every partition record shares: where the row came from, its error, optional values.</summary>
internal static class Binary
{
    public static void WriteHead(this BinaryWriter w, RowRef at, RowError? error)
    {
        w.Write(at.File);
        w.Write(at.Line);
        w.Write(error is not null);
        if (error is not null)
        {
            w.Write(error.Column ?? "\0");
            w.Write(error.Value ?? "\0");
            w.Write(error.Reason);
        }
    }

    public static (RowRef At, RowError? Error) ReadHead(this BinaryReader r)
    {
        var at = new RowRef(r.ReadInt32(), r.ReadInt64());
        if (!r.ReadBoolean())
        {
            return (at, null);
        }

        string column = r.ReadString(), value = r.ReadString(), reason = r.ReadString();
        return (at, new RowError(column == "\0" ? null : column, value == "\0" ? null : value, reason));
    }

    public static void WriteTime(this BinaryWriter w, DateTime? utc) => w.Write(utc?.Ticks ?? -1L);

    public static DateTime? ReadTime(this BinaryReader r)
    {
        long ticks = r.ReadInt64();
        return ticks < 0 ? null : new DateTime(ticks, DateTimeKind.Utc);
    }
}
