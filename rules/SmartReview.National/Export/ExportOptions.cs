using System.Text;

namespace SmartReview.National.Export;

/// <summary>How settlements are written as the five tables.</summary>
public sealed record ExportOptions
{
    /// <summary>Seed of the row shuffle (same seed, same files).</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Rows of each table are dealt at random into this many bucket files, each shuffled in memory on the way out: memory is one bucket (a 64th of the largest table by default).</summary>
    public int Buckets { get; init; } = 64;

    /// <summary>Text encoding of the files (default UTF-8); GB18030 for a GBK export.</summary>
    public Encoding Encoding { get; init; } = new UTF8Encoding(false);

    /// <summary>Write a UTF-8 byte-order mark (only with a UTF-8 <see cref="Encoding"/>).</summary>
    public bool ByteOrderMark { get; init; }

    /// <summary>The code tables (default <see cref="NationalDictionaries.Default"/>): each value is written as the first code listed for it.</summary>
    public NationalDictionaries? Dictionaries { get; init; }
}
