using System.Collections.Concurrent;
using System.Diagnostics;
using SmartReview.National.Folding;
using SmartReview.National.Partitions;
using SmartReview.National.Sources;
using SmartReview.Rules.Batches;

namespace SmartReview.National;

/// <summary>
/// Folds the national platform's extract — visits (MDTRT_D), settlements (SETL_D), fee lines (FEE_LIST_D),
/// diagnoses (SETL_LIST_DIAG_D) and operations (SETL_LIST_OPRN_D), CSV files in any order — into SmartReview's
/// settlements as JSON Lines (docs/settlement-format.md), with bounded memory (docs/national-extract.md).
/// </summary>
public static class NationalExtract
{
    private const long BytesPerPartition = 8L << 20;

    /// <summary>
    /// Reads every file of <paramref name="source"/> (each recognised by its header), joins them through partition
    /// files on local disk and writes the settlements to <paramref name="settlementsOut"/> (left open), one a line, in
    /// discharge order. Every row that is not part of an accepted settlement goes to <paramref name="rejects"/>, so per
    /// table received = accepted + rejected. Throws <see cref="NationalExtractException"/> when the extract cannot be
    /// read at all (a file that is no known table, a required column or table missing).
    /// </summary>
    public static Task<FoldResult> FoldAsync(IExtractSource source, Stream settlementsOut, IFoldRejects rejects, FoldOptions? options = null,
        CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(settlementsOut);
        return FoldAsync(source, rejects, options, (parts, c) => DischargeMerge.Run(parts, settlementsOut, c), cancel);
    }

    /// <summary>
    /// As <see cref="FoldAsync(IExtractSource, Stream, IFoldRejects, FoldOptions?, CancellationToken)"/>, handing the
    /// settlements as binary records to a scorer in the same process (<c>BatchScorer.ScoreFoldedAsync</c>): no JSON
    /// written and parsed again. Completes <paramref name="settlementsOut"/>, with the error when the fold fails.
    /// </summary>
    public static async Task<FoldResult> FoldAsync(IExtractSource source, RecordBatchChannel settlementsOut, IFoldRejects rejects,
        FoldOptions? options = null, CancellationToken cancel = default)
    {
        ArgumentNullException.ThrowIfNull(settlementsOut);
        try
        {
            FoldResult result = await FoldAsync(source, rejects, options, (parts, c) => DischargeMerge.Run(parts, settlementsOut, c), cancel).ConfigureAwait(false);
            await settlementsOut.CompleteAsync(null, cancel).ConfigureAwait(false);
            return result;
        }
        catch (Exception e)
        {
            await settlementsOut.CompleteAsync(e, CancellationToken.None).ConfigureAwait(false);
            throw;
        }
    }

    private static async Task<FoldResult> FoldAsync(IExtractSource source, IFoldRejects rejects, FoldOptions? options,
        Func<IReadOnlyList<PartitionOutcome>, CancellationToken, Task> merge, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(rejects);
        options ??= new FoldOptions();
        var clock = Stopwatch.StartNew();
        NationalDictionaries dictionaries = options.Dictionaries ?? NationalDictionaries.Default;
        IReadOnlyList<ExtractFile> files = source.Files;
        CheckTables(files, options);
        var names = files.Select(f => f.Name).ToList();
        var result = new FoldResult { Partitions = options.Partitions > 0 ? options.Partitions : Partitions(files) };
        string temp = Path.Combine(options.TempDirectory ?? Path.GetTempPath(), "smartreview-fold-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(temp);
        try
        {
            using var byVisit = new PartitionSet(temp, "visit", result.Partitions);
            using var bySettlement = new PartitionSet(temp, "settlement", result.Partitions);
            await Task.Run(() =>
            {
                var spill = new Spill(options, dictionaries, byVisit, bySettlement, names, result, rejects);
                for (int i = 0; i < files.Count; i++)
                {
                    spill.Read(files[i], i, cancel);
                }

                byVisit.Close();
                result.Reading = clock.Elapsed;
                var tallies = new Tally[result.Partitions];
                Parallel.For(0, result.Partitions, new ParallelOptions { MaxDegreeOfParallelism = options.WorkerCount, CancellationToken = cancel },
                    () => new VisitJoin(byVisit, bySettlement, names), (p, _, join) =>
                    {
                        tallies[p] = join.Run(p);
                        return join;
                    }, _ => { });
                bySettlement.Close();
                foreach (Tally tally in tallies)
                {
                    tally.Commit(result, rejects);
                }

                result.Joining = clock.Elapsed - result.Reading;
            }, cancel).ConfigureAwait(false);
            await FoldPartitions(bySettlement, names, temp, result, merge, rejects, options, clock, cancel).ConfigureAwait(false);
        }
        finally
        {
            Directory.Delete(temp, recursive: true);
        }

        result.Elapsed = clock.Elapsed;
        return result;
    }

    /// <summary>
    /// Folds the settlement partitions, a few at once, committing their counts and rejects in partition order, then
    /// merges their settlements in discharge order with <paramref name="merge"/>.
    /// </summary>
    private static async Task FoldPartitions(PartitionSet bySettlement, IReadOnlyList<string> names, string temp, FoldResult result,
        Func<IReadOnlyList<PartitionOutcome>, CancellationToken, Task> merge,
        IFoldRejects rejects, FoldOptions options, Stopwatch clock, CancellationToken cancel)
    {
        int workers = options.WorkerCount;
        var running = new Queue<Task<PartitionOutcome>>();
        var folds = new ConcurrentBag<SettlementFold>();
        var done = new List<PartitionOutcome>(result.Partitions);
        for (int p = 0; p < result.Partitions; p++)
        {
            if (running.Count >= workers)
            {
                Commit(await running.Dequeue().ConfigureAwait(false));
            }

            int partition = p;
            running.Enqueue(Task.Run(() =>
            {
                SettlementFold fold = folds.TryTake(out SettlementFold? idle) ? idle : new SettlementFold(bySettlement, names, temp);
                PartitionOutcome outcome = fold.Run(partition);
                folds.Add(fold);
                return outcome;
            }, cancel));
        }

        while (running.Count > 0)
        {
            Commit(await running.Dequeue().ConfigureAwait(false));
        }

        result.Folding = clock.Elapsed - result.Reading - result.Joining;
        await merge(done, cancel).ConfigureAwait(false);

        void Commit(PartitionOutcome outcome)
        {
            outcome.Tally.Commit(result, rejects);
            done.Add(outcome);
        }
    }

    /// <summary>Every file must be a known table, and visits, settlements, fee lines and diagnoses must be there (operations may not).</summary>
    private static void CheckTables(IReadOnlyList<ExtractFile> files, FoldOptions options)
    {
        var found = files.Select(f => Spill.Recognise(f, options)).ToHashSet();
        NationalTable[] required = [NationalTable.Visit, NationalTable.Settlement, NationalTable.FeeLine, NationalTable.Diagnosis];
        if (required.FirstOrDefault(t => !found.Contains(t)) is var missing && !found.Contains(missing))
        {
            throw new NationalExtractException($"the extract has no {TableNames.Of(missing)} table (files: {string.Join(", ", files.Select(f => f.Name))})");
        }
    }

    /// <summary>One partition per 8 MiB of input (at least one), so the partitions two workers fold at once stay in the processor's cache; 512 when a file's length is unknown.</summary>
    private static int Partitions(IReadOnlyList<ExtractFile> files) =>
        files.Any(f => f.Length <= 0) ? 512 : (int)Math.Clamp((files.Sum(f => f.Length) + BytesPerPartition - 1) / BytesPerPartition, 1, 4096);
}
