using Microsoft.Playwright;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// A supervisor uploads a settlement file on the batch page and watches it scored through the real pipeline; a
/// reviewer then opens one of its cases and sees the settlement with the flagged lines marked.
/// </summary>
public sealed class BatchPageTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private static readonly TimeSpan Scoring = TimeSpan.FromMinutes(3);
    private readonly Screenshots _shots = new("batch-upload");

    [Fact]
    public async Task Upload_OnTheBatchPage_IsScoredAndItsCasesShowTheirSettlement()
    {
        await rig.StartedAsync(azurite);
        IPage supervisor = await rig.SignInAsync(chromium.Browser, "sup-1");
        await supervisor.GotoAsync("/batches");
        await supervisor.SetInputFilesAsync("#batch-file", new FilePayload { Name = "settlements.jsonl", MimeType = "application/x-ndjson", Buffer = Batch() });
        await supervisor.ClickAsync("#do-upload");
        await supervisor.WaitForSelectorAsync("#upload-state[data-done='ok']");
        await _shots.TakeAsync(supervisor, "uploaded");
        ILocator row = supervisor.Locator("#batches tbody tr").First;
        await row.WaitForAsync();
        await Assertions.Expect(row).ToHaveAttributeAsync("data-status", "Completed", new() { Timeout = (float)Scoring.TotalMilliseconds });
        string[] cells = [.. await row.Locator("td").AllInnerTextsAsync()];
        Assert.Matches(@"^(\d+)/\1$", cells[3].Trim());
        Assert.NotEqual("0", cells[6].Trim());
        await _shots.TakeAsync(supervisor, "completed");

        // A case whose flag names lines (some rules flag the whole stay): every named line is marked in its settlement.
        IPage reviewer = await rig.SignInAsync(chromium.Browser, "rev-1");
        await reviewer.GotoAsync("/work?stage=FirstReview");
        string[] cases = [.. (await reviewer.Locator("a.case-link").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))")).Take(20)];
        Assert.NotEmpty(cases);
        foreach (string url in cases)
        {
            await reviewer.GotoAsync(url);
            string lines = (await reviewer.GetAttributeAsync("section.settlement", "data-lines"))!;
            if (lines.Length == 0)
            {
                continue;
            }

            Assert.Equal(lines.Split(' ').Distinct().Count(), await reviewer.Locator("#lines tr.flagged").CountAsync());
            await _shots.TakeAsync(reviewer, "case-settlement");
            return;
        }

        Assert.Fail($"none of {cases.Length} cases names lines\n{rig.Tail()}");
    }

    private static byte[] Batch()
    {
        using var settlements = new MemoryStream();
        using var truth = new MemoryStream();
        SyntheticBatch.Write(PackCompiler.Load(RepoPaths.StarterPack), new GeneratorOptions { Count = 400, Seed = 5, FacilityCount = 6 }, settlements, truth);
        return settlements.ToArray();
    }
}
