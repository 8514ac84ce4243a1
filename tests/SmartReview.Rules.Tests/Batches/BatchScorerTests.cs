using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Batches;

public sealed class BatchScorerTests
{
    private const string FemaleOnly = "XG02ADK026B002010483450";

    private static readonly CompiledPack SexPack = TestPacks.Compile(TestPacks.Rule("R-SEX", "sex_restricted_item"),
        TestPacks.Entry("K1", "女用药", """{"sex":"F"}""", FemaleOnly));

    private static string Settlement(int n, bool flagged) => Jsonl.Of(new SettlementBuilder().WithId($"S{n:D5}").WithPerson($"P{n}")
        .WithLine("1", "001101000010000", 1, 30m).WithLine("2", flagged ? FemaleOnly : "001102000010000", 2, 12.5m).Build());

    private static async Task<(BatchSummary Summary, CollectingSink Sink)> Score(Stream input, CompiledPack pack, int workers = 2, int batchBytes = 4096)
    {
        var sink = new CollectingSink();
        BatchSummary summary = await new BatchScorer(new PackRegistry(pack), new InMemoryStayHistory(), workers, batchBytes)
            .ScoreAsync(input, sink, cancel: TestContext.Current.CancellationToken);
        return (summary, sink);
    }

    [Fact]
    public async Task ScoreAsync_MixedInput_ReceivedEqualsAcceptedPlusRejectedAndRejectsKeepLineNumbers()
    {
        string[] lines = [Settlement(1, false), "{broken", "", Settlement(2, true), """{"settlement_id":"S9"}""", Settlement(3, false)];

        (BatchSummary summary, CollectingSink sink) = await Score(Jsonl.Stream(lines), SexPack);

        Assert.Equal(5, summary.Received);
        Assert.Equal(3, summary.Accepted);
        Assert.Equal(2, summary.Rejected);
        Assert.Equal(summary.Received, summary.Accepted + summary.Rejected);
        Reject[] rejects = [.. sink.Results.SelectMany(r => r.Rejects)];
        Assert.Equal([2L, 5L], rejects.Select(r => r.LineNumber));
        Assert.Equal("S9", rejects[1].SettlementId);
        Assert.Equal("""{"settlement_id":"S9"}""", rejects[1].Raw);
        Assert.Equal("S00002", Assert.Single(sink.Results.SelectMany(r => r.Flags)).SettlementId);
    }

    [Fact]
    public async Task ScoreAsync_ManySmallBatchesOnSeveralWorkers_DeliversResultsInInputOrder()
    {
        string[] lines = [.. Enumerable.Range(0, 400).Select(n => Settlement(n, n % 3 == 0))];

        (BatchSummary summary, CollectingSink sink) = await Score(Jsonl.Stream(lines), SexPack, workers: 4, batchBytes: 2048);

        Assert.True(sink.Results.Count > 20);
        Assert.Equal(sink.Results.Select(r => r.Sequence).Order(), sink.Results.Select(r => r.Sequence));
        string[] flagged = [.. sink.Results.SelectMany(r => r.Flags).Select(f => f.SettlementId)];
        Assert.Equal(Enumerable.Range(0, 400).Where(n => n % 3 == 0).Select(n => $"S{n:D5}"), flagged);
        Assert.Equal(400, summary.Accepted);
    }

    [Fact]
    public async Task ScoreAsync_LineLongerThanTheBatchBufferAndCrLfEndings_ReadsEveryRecord()
    {
        string[] lines = [Settlement(1, true), Settlement(2, false), Settlement(3, true)];
        Assert.True(lines[0].Length > 600);

        (BatchSummary summary, _) = await Score(Jsonl.Stream(lines, "\r\n"), SexPack, batchBytes: 256);

        Assert.Equal(3, summary.Accepted);
        Assert.Equal(0, summary.Rejected);
        Assert.Equal(2, summary.Flags);
    }

    [Fact]
    public async Task ScoreAsync_LastLineWithoutNewline_IsScored()
    {
        var input = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(Settlement(1, false) + "\n" + Settlement(2, true)));

        (BatchSummary summary, _) = await Score(input, SexPack);

        Assert.Equal(2, summary.Accepted);
        Assert.Equal(1, summary.Flags);
    }

    [Fact]
    public async Task ScoreAsync_PackSwappedMidStream_LaterBatchesUseTheNewVersionWithoutRestart()
    {
        CompiledPack v2 = TestPacks.Compile([TestPacks.Rule("R-SEX", "sex_restricted_item")],
            [TestPacks.Entry("K1", "女用药", """{"sex":"F"}""", FemaleOnly)], version: "2");
        var registry = new PackRegistry(SexPack);
        var scorer = new BatchScorer(registry, null, workers: 1, batchBytes: 2048);
        scorer.Progress += s => { if (s.Received >= 100) { registry.Swap(v2); } };
        var sink = new CollectingSink();

        await scorer.ScoreAsync(Jsonl.Stream(Enumerable.Range(0, 400).Select(n => Settlement(n, true))), sink, cancel: TestContext.Current.CancellationToken);

        string[] packs = [.. sink.Results.SelectMany(r => r.Flags).Select(f => f.Pack).Distinct()];
        Assert.Equal(["test@1", "test@2"], packs);
        Assert.Equal("test@2", sink.Results[^1].Pack);
        Assert.Equal(400, sink.Results.Sum(r => r.Flags.Count));
    }

    [Fact]
    public async Task ScoreAsync_SameInputTwiceWithDifferentWorkerCounts_GivesTheSameFlagIds()
    {
        string[] lines = [.. Enumerable.Range(0, 200).Select(n => Settlement(n, n % 2 == 0))];

        (_, CollectingSink one) = await Score(Jsonl.Stream(lines), SexPack, workers: 1);
        (_, CollectingSink two) = await Score(Jsonl.Stream(lines), SexPack, workers: 3, batchBytes: 1024);

        Assert.Equal(one.Results.SelectMany(r => r.Flags).Select(f => f.Id), two.Results.SelectMany(r => r.Flags).Select(f => f.Id));
    }
}
