using System.Text;
using Microsoft.Playwright;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// On the batch page, a batch's rejected count opens its rejects (line, settlement, field, reason, record) with a link to
/// download them all; the same file uploaded again names the batch it already is.
/// </summary>
public sealed class BatchRejectsPageTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private static readonly TimeSpan Scoring = TimeSpan.FromMinutes(3);
    private readonly Screenshots _shots = new("batch-rejects");

    [Fact]
    public async Task RejectedCount_OpensTheRejectsWithADownloadLink()
    {
        await rig.StartedAsync(azurite);
        IPage supervisor = await rig.SignInAsync(chromium.Browser, "sup-1");
        await supervisor.GotoAsync("/batches");
        byte[] file = Batch();

        await UploadAsync(supervisor, file);
        ILocator row = supervisor.Locator("#batches tbody tr").First;
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Completed", new() { Timeout = (float)Scoring.TotalMilliseconds });
        string batchId = (await row.GetAttributeAsync("data-batch"))!;
        await row.Locator("td").Nth(5).Locator("a").ClickAsync();
        await supervisor.Locator("#rejects tbody tr").First.WaitForAsync();

        Assert.Equal(2, await supervisor.Locator("#rejects tbody tr").CountAsync());
        Assert.Contains("already at line 1", await supervisor.Locator("#rejects tbody").InnerTextAsync());
        Assert.Equal($"/api/batches/{batchId}/rejects.jsonl", await supervisor.GetAttributeAsync("#rejects-download", "href"));
        await _shots.TakeAsync(supervisor, "rejects");
        await UploadAsync(supervisor, file);
        Assert.Contains(batchId, await supervisor.Locator("#upload-state").InnerTextAsync());
    }

    private static async Task UploadAsync(IPage page, byte[] file)
    {
        await page.EvaluateAsync("() => delete document.getElementById('upload-state').dataset.done");
        await page.SetInputFilesAsync("#batch-file", new FilePayload { Name = "rejects.jsonl", MimeType = "application/x-ndjson", Buffer = file });
        await page.ClickAsync("#do-upload");
        await page.WaitForSelectorAsync("#upload-state[data-done='ok']");
    }

    /// <summary>Twenty settlements, a broken line and the first settlement again.</summary>
    private static byte[] Batch()
    {
        using var settlements = new MemoryStream();
        using var truth = new MemoryStream();
        SyntheticBatch.Write(PackCompiler.Load(RepoPaths.StarterPack), new GeneratorOptions { Count = 20, Seed = 6, FacilityCount = 3 }, settlements, truth);
        string[] lines = Encoding.UTF8.GetString(settlements.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        return Encoding.UTF8.GetBytes(string.Join('\n', [.. lines, "{broken", lines[0]]) + "\n");
    }
}
