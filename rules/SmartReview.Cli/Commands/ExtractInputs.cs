using SmartReview.National;
using SmartReview.National.Sources;

namespace SmartReview.Cli.Commands;

/// <summary>
/// The <c>score</c> command's inputs made ready: a folder or a <c>.zip</c> is a national extract, folded into a
/// temporary JSON Lines file (its rejects to the rejects file); a file is scored as it is.
/// </summary>
internal sealed class ExtractInputs : IDisposable
{
    private readonly List<string> _temporary = [];

    /// <summary>What to score, in input order.</summary>
    public List<string> Files { get; } = [];

    /// <summary>Each extract folded, with its counts.</summary>
    public List<(string Input, FoldResult Result)> Folds { get; } = [];

    public async Task Prepare(IEnumerable<string> inputs, Stream rejects, FoldOptions options, CancellationToken cancel)
    {
        foreach (string input in inputs)
        {
            if (!ExtractSources.IsExtract(input))
            {
                Files.Add(input);
                continue;
            }

            string folded = Path.Combine(options.TempDirectory ?? Path.GetTempPath(), $"smartreview-{Guid.NewGuid():N}.jsonl");
            _temporary.Add(folded);
            IExtractSource source = ExtractSources.Open(input);
            try
            {
                await using var output = new FileStream(folded, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
                using var sink = new JsonLinesFoldRejects(rejects);
                Folds.Add((input, await NationalExtract.FoldAsync(source, output, sink, options, cancel)));
            }
            finally
            {
                (source as IDisposable)?.Dispose();
            }

            Files.Add(folded);
        }
    }

    public void Dispose()
    {
        foreach (string file in _temporary.Where(File.Exists))
        {
            File.Delete(file);
        }
    }
}
