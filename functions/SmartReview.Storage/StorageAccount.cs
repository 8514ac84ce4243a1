using Azure.Data.Tables;
using Azure.Identity;
using Azure.Storage.Blobs;
using Azure.Storage.Queues;
using SmartReview.Application.Cases;
using SmartReview.Application.Ingest;
using SmartReview.Storage.Queues;

namespace SmartReview.Storage;

/// <summary>The tables, containers and queues of one deployment, named with its prefix.</summary>
public sealed class StorageAccount
{
    private readonly TableServiceClient _tables;
    private readonly BlobServiceClient _blobs;
    private readonly QueueServiceClient _queues;
    private readonly string _prefix;

    public StorageAccount(StorageOptions options)
    {
        _prefix = options.Prefix.ToLowerInvariant();
        var queueOptions = new QueueClientOptions { MessageEncoding = QueueMessageEncoding.None };
        if (options.ConnectionString is { } connection)
        {
            _tables = new TableServiceClient(connection);
            _blobs = new BlobServiceClient(connection);
            _queues = new QueueServiceClient(connection, queueOptions);
        }
        else
        {
            AccountEndpoints endpoints = AccountEndpoints.From(options);
            var credential = new DefaultAzureCredential();
            _tables = new TableServiceClient(endpoints.Table, credential);
            _blobs = new BlobServiceClient(endpoints.Blob, credential);
            _queues = new QueueServiceClient(endpoints.Queue, credential, queueOptions);
        }
    }

    public TableClient Batches => Table("batches");

    public TableClient Cases => Table("cases");

    public TableClient CaseIndex => Table("caseindex");

    /// <summary>The case index in the other orders of a work list, and the open-case counters (docs/decisions/0018).</summary>
    public TableClient CaseSort => Table("casesort");

    public TableClient Facilities => Table("facilities");

    /// <summary>The dashboard's stored figures: each facility's sums, the marks of what changed, the settlements screened (docs/decisions/0023).</summary>
    public TableClient Figures => Table("figures");

    /// <summary>The doctor-points register (一医一档): partition = person.</summary>
    public TableClient DoctorPoints => Table("doctorpoints");

    /// <summary>The stored facility-month indicator tallies, per batch, and notes of indicator cases: partition = facility.</summary>
    public TableClient Indicators => Table("indicators");

    /// <summary>Cookie sign-in sessions, one row each (logout deletes it).</summary>
    public TableClient Sessions => Table("sessions");

    public BlobContainerClient Uploads => Container("uploads");

    public BlobContainerClient BatchFiles => Container("batches");

    public BlobContainerClient History => Container("history");

    public BlobContainerClient Evidence => Container("evidence");

    /// <summary>The ASP.NET Core Data Protection key ring (what signs the sign-in cookie), one blob per key.</summary>
    public BlobContainerClient DataProtectionKeys => Container("keys");

    public StorageQueue<IngestMessage> IngestQueue => new(Queue(QueueNames.Ingest), StorageJsonContext.Default.IngestMessage);

    public StorageQueue<ChunkMessage> ChunkQueue => new(Queue(QueueNames.Chunks), StorageJsonContext.Default.ChunkMessage);

    public StorageQueue<CaseFlow> CaseFlowQueue => new(Queue(QueueNames.CaseFlows), StorageJsonContext.Default.CaseFlow);

    public QueueClient Queue(string name) => _queues.GetQueueClient($"{_prefix}-{name}");

    /// <summary>Creates every table, container and queue that does not exist yet.</summary>
    public async Task EnsureCreatedAsync(CancellationToken cancel = default)
    {
        foreach (TableClient table in new[] { Batches, Cases, CaseIndex, CaseSort, Facilities, Figures, Sessions, DoctorPoints, Indicators })
        {
            await table.CreateIfNotExistsAsync(cancel).ConfigureAwait(false);
        }

        foreach (BlobContainerClient container in new[] { Uploads, BatchFiles, History, Evidence, DataProtectionKeys })
        {
            await container.CreateIfNotExistsAsync(cancellationToken: cancel).ConfigureAwait(false);
        }

        foreach (string queue in QueueNames.All)
        {
            await Queue(queue).CreateIfNotExistsAsync(cancellationToken: cancel).ConfigureAwait(false);
        }
    }

    private TableClient Table(string name) => _tables.GetTableClient(_prefix + name);

    private BlobContainerClient Container(string name) => _blobs.GetBlobContainerClient($"{_prefix}-{name}");
}
