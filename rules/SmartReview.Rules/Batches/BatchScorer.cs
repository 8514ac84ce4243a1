using System.Diagnostics;
using System.Text;
using System.Threading.Channels;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Rules.Settlements.Binary;

namespace SmartReview.Rules.Batches;

/// <summary>
/// Scores a JSON Lines stream: one reader cuts it into line batches, <c>workers</c> threads parse, validate and
/// score them on <c>basis</c>, and the sink receives results in input order. Batches are about <c>batchBytes</c> of input. Memory is bounded by the batches in flight.
/// </summary>
public sealed class BatchScorer(PackRegistry packs, IStayHistory? history, int workers = 0, int batchBytes = 1 << 20, ScreeningBasis basis = default)
{
    private readonly int _workers = workers > 0 ? workers : Environment.ProcessorCount;

    /// <summary>Raised after each batch reaches the sink, with the summary so far.</summary>
    public event Action<BatchSummary>? Progress;

    /// <summary>
    /// Scores <paramref name="input"/>; a settlement id repeated within it is a reject naming the line it was first on
    /// (field <c>settlement_id</c>), never scored. Pass <paramref name="summary"/> to add several inputs into one summary.</summary>
    public Task<BatchSummary> ScoreAsync(Stream input, IBatchSink sink, BatchSummary? summary = null, CancellationToken cancel = default) =>
        RunAsync(new LineBatchReader(input, batchBytes), () => new SettlementParser(recycle: true), checkIds: true, sink, summary, cancel);

    /// <summary>
    /// Scores the national fold's binary settlements as it hands them over (<see cref="RecordBatchChannel"/>,
    /// <see cref="BinarySettlementReader"/>): already validated and free of repeated ids, so neither is checked again.
    /// </summary>
    public Task<BatchSummary> ScoreFoldedAsync(RecordBatchChannel records, IBatchSink sink, BatchSummary? summary = null, CancellationToken cancel = default) =>
        RunAsync(records, () => new BinarySettlementReader(recycle: true), checkIds: false, sink, summary, cancel);

    private async Task<BatchSummary> RunAsync(IBatchReader reader, Func<ISettlementReader> newReader, bool checkIds, IBatchSink sink, BatchSummary? summary,
        CancellationToken cancel)
    {
        summary ??= new BatchSummary();
        TimeSpan before = summary.Elapsed;
        var clock = Stopwatch.StartNew();
        var work = Channel.CreateBounded<(LineBatch Batch, TaskCompletionSource<BatchResult> Done)>(_workers * 2);
        var ordered = Channel.CreateBounded<Task<BatchResult>>(_workers * 4);
        Task reading = Task.Run(() => ReadAsync(reader, checkIds, work.Writer, ordered.Writer, cancel), cancel);
        Task[] scoring = [.. Enumerable.Range(0, _workers).Select(_ => Task.Run(() => ScoreAll(work.Reader, newReader(), cancel), cancel))];
        await foreach (Task<BatchResult> next in ordered.Reader.ReadAllAsync(cancel).ConfigureAwait(false))
        {
            BatchResult result = await next.ConfigureAwait(false);
            await sink.WriteAsync(result, cancel).ConfigureAwait(false);
            summary.Add(result);
            summary.Elapsed = before + clock.Elapsed;
            Progress?.Invoke(summary);
        }

        await reading.ConfigureAwait(false);
        await Task.WhenAll(scoring).ConfigureAwait(false);
        summary.Elapsed = before + clock.Elapsed;
        return summary;
    }

    private static async Task ReadAsync(IBatchReader reader, bool checkIds, ChannelWriter<(LineBatch, TaskCompletionSource<BatchResult>)> work,
        ChannelWriter<Task<BatchResult>> ordered, CancellationToken cancel)
    {
        var ids = new DuplicateIds();
        try
        {
            while (await reader.ReadAsync(cancel).ConfigureAwait(false) is { } batch)
            {
                for (int i = 0; checkIds && i < batch.Count; i++)
                {
                    if (ids.Check(batch.Line(i), batch.LineNumber(i)) is { } first)
                    {
                        batch.MarkDuplicate(i, first.Id, first.FirstLine);
                    }
                }

                var done = new TaskCompletionSource<BatchResult>(TaskCreationOptions.RunContinuationsAsynchronously);
                await ordered.WriteAsync(done.Task, cancel).ConfigureAwait(false);
                await work.WriteAsync((batch, done), cancel).ConfigureAwait(false);
            }
        }
        finally
        {
            work.TryComplete();
            ordered.TryComplete();
        }
    }

    /// <summary>One worker: <paramref name="parser"/> recycles (each settlement is scored and dropped before the next is parsed).</summary>
    private async Task ScoreAll(ChannelReader<(LineBatch Batch, TaskCompletionSource<BatchResult> Done)> work, ISettlementReader parser, CancellationToken cancel)
    {
        Scorer? scorer = null;
        await foreach ((LineBatch batch, TaskCompletionSource<BatchResult> done) in work.ReadAllAsync(cancel).ConfigureAwait(false))
        {
            using (batch)
            {
                try
                {
                    CompiledPack pack = packs.Current;
                    if (scorer?.Pack != pack)
                    {
                        scorer = pack.CreateScorer(history);
                    }

                    done.SetResult(Score(batch, parser, scorer, basis));
                }
                catch (Exception e)
                {
                    done.SetException(e);
                }
            }
        }
    }

    /// <summary>Parses and scores every line of one batch on <paramref name="basis"/>.</summary>
    public static BatchResult Score(LineBatch batch, ISettlementReader parser, Scorer scorer, ScreeningBasis basis = default)
    {
        var flags = new List<Flag>();
        var rejects = new List<Reject>();
        int accepted = 0;
        for (int i = 0; i < batch.Count; i++)
        {
            ReadOnlySpan<byte> line = batch.Line(i);
            if (batch.DuplicateOf(i) is { } first)
            {
                rejects.Add(new Reject(batch.LineNumber(i), first.Id, DuplicateIds.Field, DuplicateIds.Reason(first.Id, first.FirstLine), Encoding.UTF8.GetString(line)));
                continue;
            }

            ParseResult parsed = parser.Parse(line);
            if (parsed.Ok)
            {
                accepted++;
                flags.AddRange(scorer.Score(parsed.Settlement, basis));
            }
            else
            {
                rejects.Add(new Reject(batch.LineNumber(i), parsed.SettlementId, parsed.Error.Field, parsed.Error.Reason, Encoding.UTF8.GetString(line)));
            }
        }

        return new BatchResult(batch.Sequence, batch.Count, accepted, flags, rejects, batch.Bytes, scorer.Pack.Label, scorer.TakeIndicators());
    }
}
