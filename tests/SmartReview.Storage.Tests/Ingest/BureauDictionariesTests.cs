using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using SmartReview.Application;
using SmartReview.Application.Ingest;
using SmartReview.Application.Ports;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Ingest;

/// <summary>
/// A bureau's own dictionary codes in its extract: with its file named by <c>National:Dictionaries</c>, the apps'
/// services (<c>AddSmartReviewApplication</c>) fold them; without it, the row is a reject naming table, row, column and
/// value; a file that cannot be used stops the apps at start.
/// </summary>
public sealed class BureauDictionariesTests(AzuriteFixture azurite) : IDisposable
{
    /// <summary>The bureau's code for a fee line's category, in no default table.</summary>
    private const string BureauCode = "91";

    private static readonly Dictionary<string, string> DefaultCategories = new()
    {
        ["01"] = "bed", ["02"] = "service", ["03"] = "exam", ["04"] = "lab", ["05"] = "treatment", ["06"] = "surgery", ["07"] = "nursing",
        ["08"] = "consumable", ["09"] = "drug", ["10"] = "herbal_piece", ["11"] = "drug", ["12"] = "service", ["13"] = "service", ["14"] = "other",
    };

    private readonly string _folder = Directory.CreateTempSubdirectory("sr-dictionaries-").FullName;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Ingest_BureauCodeWithoutItsDictionaries_RejectsTheRowNamingTableRowColumnValue()
    {
        IngestRig rig = await IngestRig.CreateAsync(azurite, TestBatches.Starter);
        (byte[] zip, long row, _) = await ExtractWithBureauCodeAsync(seed: 61);

        UploadOutcome upload = await rig.Upload.HandleAsync("extract.zip", new MemoryStream(zip), default, Ct);
        await rig.DrainIngestAsync();

        BatchRecord batch = (await rig.Batches.GetAsync(upload.BatchId!, Ct))!;
        Assert.Equal((30L, 1L), (batch.Tables!.Single(t => t.Table == "SETL_D").Received, batch.Tables!.Single(t => t.Table == "SETL_D").Rejected));
        Assert.All(batch.Tables!, t => Assert.Equal(t.Received, t.Accepted + t.Rejected));
        StoredReject reject = (await rig.Rejects.PageAsync(batch.BatchId, null, 100, Ct))!.Items.Single(r => r.Field == "FEE_LIST_D.med_chrgitm_type");
        Assert.Equal(row, reject.LineNumber);
        Assert.Equal($"fee_list_d.csv:{row} {BureauCode}", reject.Record);
        Assert.Contains($"'{BureauCode}'", reject.Reason);
    }

    [Fact]
    public async Task Ingest_BureauCodeWithItsDictionariesSetting_Accepted()
    {
        (byte[] zip, _, string category) = await ExtractWithBureauCodeAsync(seed: 61);
        string file = Write("bureau.json", BureauFile(category));
        await using ServiceProvider services = Services(new() { ["National:Dictionaries"] = file });
        StorageAccount account = services.GetRequiredService<StorageAccount>();
        await account.EnsureCreatedAsync(Ct);
        IngestRig rig = IngestRig.On(account, TestBatches.Starter);

        UploadOutcome upload = await services.GetRequiredService<BatchUpload>().HandleAsync("extract.zip", new MemoryStream(zip), default, Ct);
        await rig.DrainIngestAsync(services.GetRequiredService<IQueueConsumer<IngestMessage>>());
        await rig.DrainAsync();

        BatchRecord batch = (await rig.Batches.GetAsync(upload.BatchId!, Ct))!;
        Assert.Equal(BatchStatus.Completed, batch.Status);
        Assert.Equal((30L, 30L, 0L), (batch.Totals.Received, batch.Totals.Accepted, batch.Totals.Rejected));
        Assert.All(batch.Tables!, t => Assert.Equal(0, t.Rejected));
    }

    [Theory]
    [InlineData("{ \"med_chrgitm_type\": { \"01\": \"bed\", \"99\": \"pirate\" } }", "med_chrgitm_type code '99' maps to 'pirate'")]
    [InlineData("{ \"fee_kind\": { \"01\": \"bed\" } }", "'fee_kind' is not a code table")]
    [InlineData("{ \"gend\": ", "bureau.json")]
    [InlineData(null, "bureau.json")]
    public void AddSmartReviewApplication_DictionariesThatCannotBeUsed_StopsTheAppSayingWhy(string? json, string why)
    {
        string file = json is null ? Path.Combine(_folder, "bureau.json") : Write("bureau.json", json);

        InvalidOperationException e = Assert.Throws<InvalidOperationException>(() => Services(new() { ["National:Dictionaries"] = file }));

        Assert.StartsWith($"National:Dictionaries ({file}): ", e.Message, StringComparison.Ordinal);
        Assert.Contains(why, e.Message, StringComparison.Ordinal);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>The apps' services as <c>Program.cs</c> adds them, on a storage of this test's own and the starter pack, with <paramref name="settings"/>.</summary>
    private ServiceProvider Services(Dictionary<string, string?> settings)
    {
        settings["Packs:Path"] = RepoPaths.StarterPack;
        settings["Ingest:Buckets"] = "8";
        IConfiguration config = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddSmartReviewStorage(azurite.NewOptions()).AddSmartReviewApplication(config).BuildServiceProvider();
    }

    /// <summary>
    /// 30 settlements as the five tables, one fee line's <c>med_chrgitm_type</c> changed to <see cref="BureauCode"/>: the
    /// zip, that row's line in fee_list_d.csv and the category its code had.
    /// </summary>
    private static async Task<(byte[] Zip, long Row, string Category)> ExtractWithBureauCodeAsync(int seed)
    {
        long row = 0;
        string category = "";
        byte[] zip = await TestExtracts.ZipAsync(TestBatches.Generate(30, seed), folder =>
        {
            string path = Path.Combine(folder, "fee_list_d.csv");
            string[] lines = File.ReadAllLines(path, Encoding.UTF8);
            int column = Array.IndexOf(lines[0].Split(','), "med_chrgitm_type");
            int at = Array.FindIndex(lines, 1, l => !l.Contains('"', StringComparison.Ordinal));
            string[] fields = lines[at].Split(',');
            category = DefaultCategories[fields[column]];
            fields[column] = BureauCode;
            lines[at] = string.Join(',', fields);
            File.WriteAllLines(path, lines, new UTF8Encoding(false));
            row = at + 1;
        });
        return (zip, row, category);
    }

    /// <summary>The bureau's file: the default fee categories and its own code for <paramref name="category"/>.</summary>
    private static string BureauFile(string category) =>
        "{ \"$comment\": \"a bureau's fee categories\", \"med_chrgitm_type\": { "
        + string.Join(", ", DefaultCategories.Append(new(BureauCode, category)).Select(c => $"\"{c.Key}\": \"{c.Value}\""))
        + " } }";

    private string Write(string name, string json)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllText(path, json);
        return path;
    }
}
