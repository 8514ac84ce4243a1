using System.IO.Pipelines;
using SmartReview.National;
using SmartReview.National.Sources;
using SmartReview.Rules.Batches;

namespace SmartReview.Cli.Commands;

/// <summary>
/// Scores a national extract (a folder or a <c>.zip</c>): the fold writes its settlements as binary records into a
/// pipe that the scorer reads as they come, so folding and scoring overlap and no JSON is written or parsed.
/// </summary>
internal static class ExtractScoring
{
    public static async Task<FoldResult> ScoreAsync(string input, BatchScorer scorer, IBatchSink sink, BatchSummary summary, IFoldRejects rejects,
        FoldOptions options, CancellationToken cancel)
    {
        var pipe = new Pipe(new PipeOptions(pauseWriterThreshold: 1 << 22, resumeWriterThreshold: 1 << 21));
        IExtractSource source = ExtractSources.Open(input);
        try
        {
            Task<FoldResult> folding = Task.Run(async () =>
            {
                await using Stream settlements = pipe.Writer.AsStream();
                return await NationalExtract.FoldAsync(source, settlements, rejects, options with { Records = FoldRecords.Binary }, cancel);
            }, cancel);
            await using (Stream folded = pipe.Reader.AsStream())
            {
                await scorer.ScoreFoldedAsync(folded, sink, summary, cancel);
            }

            return await folding;
        }
        finally
        {
            (source as IDisposable)?.Dispose();
        }
    }
}
