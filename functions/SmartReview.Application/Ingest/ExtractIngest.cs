using System.IO.Pipelines;
using SmartReview.Application.Ports;
using SmartReview.National;
using SmartReview.National.Sources;

namespace SmartReview.Application.Ingest;

/// <summary>
/// A national extract uploaded as a zip of its CSV tables (docs/national-extract.md): spooled to local disk (the fold
/// reads each table twice and joins through partition files there), folded into settlements that stream straight into
/// the splitter, and its rejects kept as the batch's extract chunk (<see cref="ChunkRecord.ExtractBucket"/>), already
/// done, so they count in the batch's totals and are listed with its other rejects. Codes go through
/// <paramref name="dictionaries"/> (the bureau's, <c>National:Dictionaries</c>, or the defaults). An extract that cannot
/// be read at all (not a zip, a corrupt one, a file that is no known table, a missing table or column, broken CSV) is
/// bad input: <see cref="ExtractSplit.Unreadable"/> says why, and trying again would not help.
/// </summary>
internal sealed class ExtractIngest(IBatchFiles files, IngestSettings settings, NationalDictionaries dictionaries)
{
    public static bool Is(string upload) => upload.EndsWith(".zip", StringComparison.OrdinalIgnoreCase);

    public async Task<ExtractSplit> SplitAsync(string upload, string staging, CancellationToken cancel)
    {
        string folder = Path.Combine(Path.GetTempPath(), "smartreview-extract-" + Guid.NewGuid().ToString("n"));
        Directory.CreateDirectory(folder);
        try
        {
            string zip = Path.Combine(folder, "extract.zip");
            string sha256;
            long bytes;
            await using (var hashing = new HashingStream(await files.OpenUploadAsync(upload, cancel).ConfigureAwait(false)))
            await using (FileStream copy = File.Create(zip))
            {
                await hashing.CopyToAsync(copy, cancel).ConfigureAwait(false);
                (sha256, bytes) = (hashing.HashHex(), hashing.BytesRead);
            }

            string rejectsFile = Path.Combine(folder, "rejects.jsonl");
            (SplitResult split, FoldResult? fold, long rejected, string? error) = await FoldAndSplitAsync(zip, rejectsFile, folder, staging, cancel)
                .ConfigureAwait(false);
            if (error is not null || fold is null)
            {
                return new ExtractSplit(new SplitResult(sha256, bytes, []), [], error ?? "national extract: it could not be read");
            }

            var chunk = new ChunkRecord("", ChunkRecord.ExtractBucket, 0, true, fold.RowsRejected, new FileInfo(rejectsFile).Length, ChunkStatus.Done)
            {
                Result = ChunkRecord.ExtractResult,
                Totals = new BatchTotals(rejected, 0, rejected, 0, 0m),
            };
            await using (FileStream rejects = File.OpenRead(rejectsFile))
            {
                await files.UploadAsync(staging, $"{chunk.ChunkId}.{chunk.Result}.rejects.jsonl", rejects, cancel).ConfigureAwait(false);
            }

            TableTally[] tables = [.. fold.Tables.Where(t => t.Value.Files > 0)
                .Select(t => new TableTally(TableNames.Of(t.Key), t.Value.Received, t.Value.Accepted, t.Value.Rejected))];
            return new ExtractSplit(split with { Sha256 = sha256, Bytes = bytes, Chunks = [chunk, .. split.Chunks] }, tables);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The fold writes into a pipe the splitter reads, so the year's settlements never land on disk.</summary>
    private async Task<(SplitResult Split, FoldResult? Fold, long Rejected, string? Error)> FoldAndSplitAsync(string zip, string rejectsFile,
        string folder, string staging, CancellationToken cancel)
    {
        ZipSource source;
        try
        {
            source = new ZipSource(zip);
        }
        catch (InvalidDataException e)
        {
            return (new SplitResult("", 0, []), null, 0, Unreadable(e));
        }

        using (source)
        {
            return await FoldAndSplitAsync(source, rejectsFile, folder, staging, cancel).ConfigureAwait(false);
        }
    }

    private async Task<(SplitResult Split, FoldResult? Fold, long Rejected, string? Error)> FoldAndSplitAsync(ZipSource source, string rejectsFile,
        string folder, string staging, CancellationToken cancel)
    {
        var pipe = new Pipe();
        await using FileStream rejectsOut = File.Create(rejectsFile);
        using var rejects = new ExtractRejects(rejectsOut);
        Task<FoldResult> folding = Task.Run(async () =>
        {
            try
            {
                FoldResult result = await NationalExtract.FoldAsync(source, pipe.Writer.AsStream(leaveOpen: true), rejects,
                    new FoldOptions { TempDirectory = folder, Dictionaries = dictionaries }, cancel).ConfigureAwait(false);
                await pipe.Writer.CompleteAsync().ConfigureAwait(false);
                return result;
            }
            catch (Exception e)
            {
                await pipe.Writer.CompleteAsync(e).ConfigureAwait(false);
                throw;
            }
        }, cancel);
        SplitResult split;
        try
        {
            await using Stream folded = pipe.Reader.AsStream();
            split = await new BatchSplitter(files, settings).SplitAsync(folded, staging, cancel).ConfigureAwait(false);
        }
        catch (NationalExtractException)
        {
            split = new SplitResult("", 0, []);
        }

        try
        {
            FoldResult fold = await folding.ConfigureAwait(false);
            return (split, fold, rejects.SettlementsRejected, null);
        }
        catch (NationalExtractException e)
        {
            return (split, null, 0, "national extract: " + e.Message);
        }
        catch (InvalidDataException e)
        {
            return (split, null, 0, Unreadable(e));
        }
    }

    /// <summary>A file that is not a zip, or a zip whose entries cannot be decompressed (cut short, corrupt).</summary>
    private static string Unreadable(InvalidDataException e) => $"national extract: the upload is not a readable zip ({e.Message})";
}
