using Azure.Storage.Queues.Models;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Review;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Cases;
using SmartReview.Storage.History;
using SmartReview.Storage.Queues;

namespace SmartReview.Storage.Tests.Support;

/// <summary>The ingest pipeline wired to its own tables, containers and queues in Azurite, with a way to run queued work to the end.</summary>
internal sealed class IngestRig
{
    private readonly IngestSettings _settings;
    private readonly CompiledPack _pack;

    private IngestRig(StorageAccount account, IngestSettings settings, CompiledPack pack)
    {
        _settings = settings;
        _pack = pack;
        Account = account;
        Batches = new TableBatchStore(account);
        Files = new BlobBatchFiles(account);
        Cases = new TableCaseStore(account);
        Stays = new BlobStayBuckets(account);
        Chunks = account.ChunkQueue;
        Ingest = new IngestHandler(Batches, Files, Chunks, settings, TimeProvider.System);
        Chunk = ChunkHandlerOn(Batches);
        Rejects = new BatchRejects(Batches, Files);
        Upload = new BatchUpload(Files, Batches, account.IngestQueue, TimeProvider.System);
    }

    public StorageAccount Account { get; }
    public TableBatchStore Batches { get; }
    public BlobBatchFiles Files { get; }
    public TableCaseStore Cases { get; }
    public BlobStayBuckets Stays { get; }
    public StorageQueue<ChunkMessage> Chunks { get; }
    public IngestHandler Ingest { get; }
    public ChunkHandler Chunk { get; }
    public BatchRejects Rejects { get; }
    public BatchUpload Upload { get; }

    /// <summary>A chunk handler on this rig's storage, but with <paramref name="batches"/> as its batch store.</summary>
    public ChunkHandler ChunkHandlerOn(IBatchStore batches) =>
        new(batches, Files, Stays, Cases, Chunks, new PackRegistry(_pack), _settings, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System);

    public static async Task<IngestRig> CreateAsync(AzuriteFixture azurite, CompiledPack pack, IngestSettings? settings = null)
    {
        var account = new StorageAccount(azurite.NewOptions());
        await account.EnsureCreatedAsync();
        return new IngestRig(account, settings ?? new IngestSettings(Buckets: 8, PartLines: 150), pack);
    }

    public async Task<BatchRecord> UploadAndIngestAsync(string name, byte[] content)
    {
        await Files.SaveUploadAsync(name, new MemoryStream(content), CancellationToken.None);
        return await Ingest.HandleAsync(new IngestMessage(name), CancellationToken.None);
    }

    /// <summary>Runs chunk messages through the same pump a host uses until the queue stays empty.</summary>
    public async Task DrainAsync(Func<ChunkMessage, CancellationToken, Task>? handle = null)
    {
        var pump = new QueuePump<ChunkMessage>(Chunks, Account.Queue(QueueNames.Chunks + QueueNames.PoisonSuffix), handle ?? Chunk.HandleAsync,
            Chunk.FailAsync, maxBackoff: TimeSpan.Zero);
        for (int idle = 0; idle < 3;)
        {
            QueueMessage[] messages = (await Chunks.Client.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(30))).Value;
            idle = messages.Length == 0 ? idle + 1 : 0;
            foreach (QueueMessage message in messages)
            {
                await pump.ProcessAsync(message, CancellationToken.None);
            }
        }
    }
}
