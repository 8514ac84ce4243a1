using System.Text;

namespace SmartReview.National;

/// <summary>How to fold an extract. The defaults suit a bureau's year on a small machine.</summary>
public sealed record FoldOptions
{
    /// <summary>Partitions of the join; 0 chooses one per ~8 MiB of input (at least 1).</summary>
    public int Partitions { get; init; }

    /// <summary>Where partition files go (default: the system temp folder); a folder of its own is made and removed inside it.</summary>
    public string? TempDirectory { get; init; }

    /// <summary>The files' text encoding; null detects it per file (BOM → UTF-8, valid UTF-8 → UTF-8, else GB18030).</summary>
    public Encoding? Encoding { get; init; }

    /// <summary>The code tables; null uses <see cref="NationalDictionaries.Default"/>.</summary>
    public NationalDictionaries? Dictionaries { get; init; }

    /// <summary>Partitions folded at once (default: one per core). Memory is about this many partitions' rows.</summary>
    public int Workers { get; init; }

    internal int WorkerCount => Workers > 0 ? Workers : Environment.ProcessorCount;
}
