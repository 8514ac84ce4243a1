using System.Collections.Concurrent;
using SmartReview.Synthetic.Truth;

namespace SmartReview.Synthetic.Tests.Support;

/// <summary>A batch generated in memory: the settlement lines, the ground truth and the rejects truth. Cached per pack and options.</summary>
internal sealed class GeneratedBatch
{
    private static readonly ConcurrentDictionary<(string, GeneratorOptions), Lazy<GeneratedBatch>> Cache = new();

    private GeneratedBatch(GenerationResult result, byte[] settlements, byte[] truth, byte[] rejects)
    {
        Result = result;
        Settlements = settlements;
        Truth = truth;
        RejectsTruth = rejects;
    }

    public GenerationResult Result { get; }

    public byte[] Settlements { get; }

    public byte[] Truth { get; }

    public byte[] RejectsTruth { get; }

    public IReadOnlyList<PlantedViolation> Violations => [.. GroundTruth.ReadViolations(new MemoryStream(Truth))];

    public IReadOnlyList<RejectedRecord> Rejects => [.. GroundTruth.ReadRejects(new MemoryStream(RejectsTruth))];

    public static GeneratedBatch Of(string pack, GeneratorOptions options) =>
        Cache.GetOrAdd((pack, options), key => new Lazy<GeneratedBatch>(() => Generate(key.Item1, key.Item2))).Value;

    public static GeneratedBatch Generate(string pack, GeneratorOptions options)
    {
        using var settlements = new MemoryStream();
        using var truth = new MemoryStream();
        using var rejects = new MemoryStream();
        GenerationResult result = SyntheticBatch.Write(Packs.Get(pack), options, settlements, truth, rejects);
        return new GeneratedBatch(result, settlements.ToArray(), truth.ToArray(), rejects.ToArray());
    }

    /// <summary>Each record (one JSON line) with its 1-based line number.</summary>
    public IEnumerable<(long Number, ReadOnlyMemory<byte> Record)> Records()
    {
        long number = 0;
        int start = 0;
        for (int i = 0; i < Settlements.Length; i++)
        {
            if (Settlements[i] == (byte)'\n')
            {
                yield return (++number, Settlements.AsMemory(start, i - start));
                start = i + 1;
            }
        }
    }
}
