using System.Diagnostics;
using System.IO.Compression;
using SmartReview.Application.Ingest;
using Microsoft.Extensions.DependencyInjection;
using SmartReview.Benchmarks.Durable;
using SmartReview.Benchmarks.Support;
using SmartReview.Review;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Storage;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Cases;
using SmartReview.Storage.History;
using SmartReview.Storage.Queues;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Replay;

/// <summary>
/// The seed city's year replayed end to end on a fresh Azurite (disk or memory), on the host's services: the file
/// (gzip, as a bureau sends its extracts) uploaded to a blob, cut into chunks, the chunks scored by in-process queue
/// workers, flags and cases stored and their deadlines armed as durable timers. Times each phase and compares the CPU
/// this process used (scoring) with Azurite's (storage).
/// </summary>
internal static class ReplayBenchmark
{
    public const int DefaultCount = 345_600;

    public static async Task Run(BenchOptions options)
    {
        int count = options.CountOr(DefaultCount);
        CompiledPack pack = BenchPacks.Load(options.Pack);
        string input = Path.Combine(options.DataDirectory, $"settlements-{options.Pack}-{count}-seed{options.Seed}.jsonl");
        if (!File.Exists(input))
        {
            SyntheticData.WriteFile(pack, count, options.Seed, input);
        }

        string upload = input + ".gz";
        if (!File.Exists(upload))
        {
            await using FileStream from = File.OpenRead(input);
            await using var to = new GZipStream(File.Create(upload), CompressionLevel.Fastest);
            await from.CopyToAsync(to);
        }

        using LocalAzurite azurite = LocalAzurite.Start(Path.Combine(options.DataDirectory, "azurite"), options.AzuriteInMemory);
        await using DurableRig rig = await DurableRig.StartAsync(azurite.ConnectionString, pack);
        var account = rig.Services.GetRequiredService<StorageAccount>();
        var batches = rig.Services.GetRequiredService<TableBatchStore>();
        var chunks = rig.Services.GetRequiredService<ChunkHandler>();
        int orchestrationsBefore = await rig.CountInstancesAsync();
        var phases = new Table($"Replay of {N(count)} settlements on Azurite ({(options.AzuriteInMemory ? "in memory" : "disk")}), {Environment.ProcessorCount} cores", "phase", "wall (s)", "this process CPU (s)", "Azurite CPU (s)");
        var wall = Stopwatch.StartNew();

        await Phase(phases, $"upload the gzip file ({Mb(new FileInfo(upload).Length)} MB) to a blob", azurite, () =>
            account.Uploads.GetBlobClient("year.jsonl.gz").UploadAsync(upload, overwrite: true));
        BatchRecord batch = null!;
        await Phase(phases, "cut into chunk blobs, create the batch", azurite, async () =>
            batch = await rig.Services.GetRequiredService<IngestHandler>().HandleAsync(new IngestMessage("year.jsonl.gz"), CancellationToken.None));
        int workers = options.Workers > 0 ? options.Workers : 2 * Environment.ProcessorCount;
        await Phase(phases, $"score chunks, store flags and cases ({workers} workers)", azurite, () => ScoreAllAsync(account, chunks, batch.BatchId, batches, workers));
        phases.Row("total", Seconds(wall.Elapsed), "", "").Print();

        BatchRecord done = (await batches.GetAsync(batch.BatchId, CancellationToken.None))!;
        new Table("Replay result", "what", "value")
            .Row("status", done.Status)
            .Row("chunks", N(done.ChunkCount))
            .Row("received / accepted / rejected", $"{N(done.Totals.Received)} / {N(done.Totals.Accepted)} / {N(done.Totals.Rejected)}")
            .Row("flags = cases opened", N(done.Totals.Flags))
            .Row("deadline orchestrations started", N(await rig.CountInstancesAsync() - orchestrationsBefore))
            .Row("amount at stake (yuan)", N((double)done.Totals.AmountAtStake, 2))
            .Row("settlements per minute, end to end", N(count / wall.Elapsed.TotalMinutes))
            .Row("Azurite data on disk (MB)", Mb(DirectorySize(Path.Combine(options.DataDirectory, "azurite"))))
            .Print();
    }

    private static async Task ScoreAllAsync(StorageAccount account, ChunkHandler chunks, string batchId, TableBatchStore batches, int workers)
    {
        using var stop = new CancellationTokenSource();
        var pump = new QueuePump<ChunkMessage>(account.ChunkQueue, account.Queue(QueueNames.Chunks + QueueNames.PoisonSuffix), chunks.HandleAsync,
            chunks.FailAsync, concurrency: workers);
        Task pumping = pump.RunAsync(stop.Token);
        while ((await batches.GetAsync(batchId, CancellationToken.None))!.Status == BatchStatus.Scoring)
        {
            await Task.Delay(500);
        }

        await stop.CancelAsync();
        try
        {
            await pumping;
        }
        catch (OperationCanceledException)
        {
        }
    }

    private static async Task Phase(Table table, string name, LocalAzurite azurite, Func<Task> run)
    {
        TimeSpan cpu = Process.GetCurrentProcess().TotalProcessorTime;
        double storage = azurite.CpuSeconds();
        var clock = Stopwatch.StartNew();
        await run();
        table.Row(name, Seconds(clock.Elapsed), N((Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds, 1),
            N(azurite.CpuSeconds() - storage, 1));
    }

    private static long DirectorySize(string folder) =>
        new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length);
}
