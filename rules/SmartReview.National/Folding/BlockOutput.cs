using SmartReview.National.Partitions;

namespace SmartReview.National.Folding;

/// <summary>What parsing one block of rows gives: records for the visit and settlement partitions, counts and rejects. Reused block after block.</summary>
internal sealed class BlockOutput(int partitions, IReadOnlyList<string> files)
{
    public PartitionBuffers Visit { get; } = new(partitions);

    public PartitionBuffers Settlement { get; } = new(partitions);

    public Tally Tally { get; } = new(files);
}
