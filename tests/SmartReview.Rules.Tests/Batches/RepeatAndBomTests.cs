using System.Text;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Tests.Support;

namespace SmartReview.Rules.Tests.Batches;

/// <summary>The command-line route (<see cref="BatchScorer"/>): a byte order mark is skipped, a repeated settlement id is a reject naming the first line.</summary>
public sealed class RepeatAndBomTests
{
    private static readonly CompiledPack Pack = TestPacks.Compile(TestPacks.Rule("R-SEX", "sex_restricted_item"),
        TestPacks.Entry("K1", "女用药", """{"sex":"F"}""", "XG02ADK026B002010483450"));

    private static string Settlement(string id, decimal price = 30m) => Jsonl.Of(new SettlementBuilder().WithId(id).WithPerson("P1")
        .WithLine("1", "001101000010000", 1, price).Build());

    private static async Task<(BatchSummary Summary, Reject[] Rejects)> ScoreAsync(byte[] input)
    {
        var sink = new CollectingSink();
        BatchSummary summary = await new BatchScorer(new PackRegistry(Pack), new InMemoryStayHistory(), workers: 2, batchBytes: 512)
            .ScoreAsync(new MemoryStream(input), sink, cancel: TestContext.Current.CancellationToken);
        return (summary, [.. sink.Results.SelectMany(r => r.Rejects)]);
    }

    [Fact]
    public async Task ScoreAsync_ByteOrderMark_FirstRecordAccepted()
    {
        byte[] input = [.. "\uFEFF"u8, .. Encoding.UTF8.GetBytes(Settlement("S1") + "\n" + Settlement("S2") + "\n")];

        (BatchSummary summary, Reject[] rejects) = await ScoreAsync(input);

        Assert.Empty(rejects);
        Assert.Equal(2, summary.Accepted);
    }

    [Fact]
    public async Task ScoreAsync_RepeatedSettlementId_RejectNamingTheFirstLine()
    {
        string[] lines = [Settlement("S1"), Settlement("S2"), "", Settlement("S1", 40m), Settlement("S1")];

        (BatchSummary summary, Reject[] rejects) = await ScoreAsync(Encoding.UTF8.GetBytes(string.Join('\n', lines) + "\n"));

        Assert.Equal((4, 2, 2), (summary.Received, summary.Accepted, summary.Rejected));
        Assert.Equal([(4L, "S1", "settlement_id", "settlement S1 already at line 1"), (5L, "S1", "settlement_id", "settlement S1 already at line 1")],
            rejects.Select(r => (r.LineNumber, r.SettlementId, r.Field, r.Reason)));
    }
}
