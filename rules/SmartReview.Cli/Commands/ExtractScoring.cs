using SmartReview.National;
using SmartReview.National.Sources;
using SmartReview.Rules.Batches;

namespace SmartReview.Cli.Commands;

/// <summary>
/// Scores a national extract (a folder or a <c>.zip</c>): the fold hands its settlements as binary batches to the
/// scorer, which scores them as they come, so the merge and scoring overlap and no JSON is written or parsed.
/// </summary>
internal static class ExtractScoring
{
    public static async Task<FoldResult> ScoreAsync(string input, BatchScorer scorer, IBatchSink sink, BatchSummary summary, IFoldRejects rejects,
        FoldOptions options, CancellationToken cancel)
    {
        var settlements = new RecordBatchChannel();
        IExtractSource source = ExtractSources.Open(input);
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        try
        {
            Task<FoldResult> folding = Task.Run(() => NationalExtract.FoldAsync(source, settlements, rejects, options, stop.Token), stop.Token);
            try
            {
                await scorer.ScoreFoldedAsync(settlements, sink, summary, cancel);
            }
            catch
            {
                await stop.CancelAsync(); // the fold would wait for a reader that has stopped
                await Task.WhenAny(folding);
                throw;
            }

            return await folding;
        }
        finally
        {
            (source as IDisposable)?.Dispose();
        }
    }
}
