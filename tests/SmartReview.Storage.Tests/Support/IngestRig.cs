using Azure.Storage.Queues.Models;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.National;
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
    private readonly NationalDictionaries _dictionaries;

    private IngestRig(StorageAccount account, IngestSettings settings, CompiledPack pack, NationalDictionaries dictionaries)
    {
        _settings = settings;
        _pack = pack;
        _dictionaries = dictionaries;
        Account = account;
        Batches = new TableBatchStore(account);
        Files = new BlobBatchFiles(account);
        Cases = new TableCaseStore(account);
        Stays = new BlobStayBuckets(account);
        Chunks = account.ChunkQueue;
        Ingest = IngestHandlerOn(Files);
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
        new(batches, Files, Stays, Cases, Chunks, new PackRegistry(_pack), _settings, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System,
            indicators: Indicators, facilityNames: new TableFacilityNames(Account));

    /// <summary>The indicator cases a completed batch opens or re-judges, on this rig's storage.</summary>
    public Application.Indicators.IndicatorCases Indicators =>
        new(Files, new Storage.Indicators.TableIndicatorTallies(Account), Cases, new PackRegistry(_pack), new ReviewSettings(), WorkingCalendar.China, TimeProvider.System);

    /// <summary>A rig on tables, containers and queues of its own; national extracts folded through <paramref name="dictionaries"/> (default: the shipped ones).</summary>
    public static async Task<IngestRig> CreateAsync(AzuriteFixture azurite, CompiledPack pack, IngestSettings? settings = null,
        NationalDictionaries? dictionaries = null)
    {
        var account = new StorageAccount(azurite.NewOptions());
        await account.EnsureCreatedAsync();
        return On(account, pack, settings, dictionaries);
    }

    /// <summary>A rig on <paramref name="account"/>, created already (e.g. the one an app's services use).</summary>
    public static IngestRig On(StorageAccount account, CompiledPack pack, IngestSettings? settings = null, NationalDictionaries? dictionaries = null) =>
        new(account, settings ?? new IngestSettings(Buckets: 8, PartLines: 150), pack, dictionaries ?? NationalDictionaries.Default);

    public async Task<BatchRecord> UploadAndIngestAsync(string name, byte[] content)
    {
        await Files.SaveUploadAsync(name, new MemoryStream(content), CancellationToken.None);
        return await Ingest.HandleAsync(new IngestMessage(name), CancellationToken.None);
    }

    /// <summary>An ingest handler on this rig's storage, but with <paramref name="files"/> as its batch files.</summary>
    public IngestHandler IngestHandlerOn(IBatchFiles files) => new(Batches, files, Chunks, _settings, _dictionaries, TimeProvider.System);

    /// <summary>Runs chunk messages through the same pump a host uses until the queue stays empty.</summary>
    public Task DrainAsync(Func<ChunkMessage, CancellationToken, Task>? handle = null) =>
        DrainAsync(Chunks, QueueNames.Chunks, handle ?? Chunk.HandleAsync, Chunk.FailAsync);

    /// <summary>Runs ingest messages through the same pump a host uses, to <paramref name="consumer"/> (default: this rig's handler), until the queue stays empty.</summary>
    public Task DrainIngestAsync(IQueueConsumer<IngestMessage>? consumer = null)
    {
        consumer ??= new IngestConsumer(Ingest);
        return DrainAsync(Account.IngestQueue, QueueNames.Ingest, consumer.HandleAsync, consumer.PoisonedAsync);
    }

    /// <summary>The messages in <paramref name="queue"/>'s poison queue.</summary>
    public async Task<int> PoisonedAsync(string queue) =>
        (await Account.Queue(queue + QueueNames.PoisonSuffix).PeekMessagesAsync(32)).Value.Length;

    private async Task DrainAsync<T>(StorageQueue<T> queue, string name, Func<T, CancellationToken, Task> handle, Func<T, string, CancellationToken, Task> poisoned)
    {
        var pump = new QueuePump<T>(queue, Account.Queue(name + QueueNames.PoisonSuffix), handle, poisoned, maxBackoff: TimeSpan.Zero);
        for (int idle = 0; idle < 3;)
        {
            QueueMessage[] messages = (await queue.Client.ReceiveMessagesAsync(16, TimeSpan.FromSeconds(30))).Value;
            idle = messages.Length == 0 ? idle + 1 : 0;
            foreach (QueueMessage message in messages)
            {
                await pump.ProcessAsync(message, CancellationToken.None);
            }
        }
    }
}
