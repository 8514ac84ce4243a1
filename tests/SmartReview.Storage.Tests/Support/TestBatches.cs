using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Synthetic;

namespace SmartReview.Storage.Tests.Support;

/// <summary>Synthetic batches with planted violations, and what the scoring library finds in them in one process.</summary>
internal static class TestBatches
{
    public static CompiledPack Starter { get; } = PackCompiler.Load(RepoPaths.StarterPack);

    public static byte[] Generate(int count, int seed, double malformedRate = 0.0)
    {
        using var settlements = new MemoryStream();
        using var truth = new MemoryStream();
        SyntheticBatch.Write(Starter, new GeneratorOptions { Count = count, Seed = seed, MalformedRate = malformedRate, FacilityCount = 12 }, settlements, truth);
        return settlements.ToArray();
    }

    /// <summary>Flags and rejects of scoring the files one after another in one process, with an in-memory history.</summary>
    public static async Task<(IReadOnlyList<Flag> Flags, IReadOnlyList<Reject> Rejects)> ScoreInProcessAsync(params byte[][] files)
    {
        var sink = new CollectingSink();
        var scorer = new BatchScorer(new PackRegistry(Starter), new InMemoryStayHistory(), workers: 1);
        foreach (byte[] file in files)
        {
            await scorer.ScoreAsync(new MemoryStream(file), sink);
        }

        return (sink.Flags, sink.Rejects);
    }

    private sealed class CollectingSink : IBatchSink
    {
        public List<Flag> Flags { get; } = [];
        public List<Reject> Rejects { get; } = [];

        public ValueTask WriteAsync(BatchResult result, CancellationToken cancel)
        {
            Flags.AddRange(result.Flags);
            Rejects.AddRange(result.Rejects);
            return ValueTask.CompletedTask;
        }
    }
}
