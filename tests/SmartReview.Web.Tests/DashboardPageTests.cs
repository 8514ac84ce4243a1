using Microsoft.Playwright;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// A bureau chief reads the dashboard after a batch went through the real pipeline: its figures at first load, without
/// "refresh"; facility and rule names beside their codes; a facility's row opening the queue filtered by it.
/// </summary>
public sealed class DashboardPageTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    private static readonly TimeSpan Scoring = TimeSpan.FromMinutes(3);
    private readonly Screenshots _shots = new("dashboard");

    [Fact]
    public async Task Dashboard_AfterABatch_ShowsFiguresNamesAndADrillDownAtFirstLoad()
    {
        await rig.StartedAsync(azurite);
        IPage supervisor = await rig.SignInAsync(chromium.Browser, "sup-1");
        await supervisor.GotoAsync("/batches");
        await supervisor.SetInputFilesAsync("#batch-file", new FilePayload { Name = "settlements.jsonl", MimeType = "application/x-ndjson", Buffer = Batch() });
        await supervisor.ClickAsync("#do-upload");
        ILocator batch = supervisor.Locator("#batches tbody tr").First;
        await batch.WaitForAsync();
        await Assertions.Expect(batch).ToHaveAttributeAsync("data-status", "Completed", new() { Timeout = (float)Scoring.TotalMilliseconds });
        string accepted = (await batch.Locator("td").Nth(4).InnerTextAsync()).Trim();

        await supervisor.GotoAsync("/dashboard");
        await _shots.TakeAsync(supervisor, "first-load");

        Assert.Equal(accepted, (await supervisor.InnerTextAsync("#screened")).Trim());
        Assert.Matches(@"^[1-9]\d{0,2}(,\d{3})*$", (await supervisor.InnerTextAsync("#flagged")).Trim());
        Assert.Equal(0, await supervisor.Locator("#pending").CountAsync());
        ILocator facility = supervisor.Locator("#by-facility tbody tr").First;
        string facilityId = (await facility.GetAttributeAsync("data-facility"))!;
        Assert.Matches($"^{facilityId} \\S+", (await facility.Locator("td").First.InnerTextAsync()).Trim());
        Assert.Matches(@"^SR-\d+ \S+", (await supervisor.Locator("#by-rule tbody tr td").First.InnerTextAsync()).Trim());
        Assert.Contains("按出院月份", await supervisor.InnerTextAsync("#months-basis"));

        await facility.Locator("a.drill").ClickAsync();
        await supervisor.WaitForURLAsync($"**/work?stage=FirstReview&facility={facilityId}");
        await _shots.TakeAsync(supervisor, "drill-down");
        IReadOnlyList<string> facilities = await supervisor.Locator("table.queue tbody tr td:nth-child(2)").AllInnerTextsAsync();
        Assert.NotEmpty(facilities);
        Assert.All(facilities, f => Assert.Equal(facilityId, f.Trim()));
        Assert.Equal(facilityId, await supervisor.InputValueAsync("input[name=facility]"));
    }

    private static byte[] Batch()
    {
        using var settlements = new MemoryStream();
        using var truth = new MemoryStream();
        SyntheticBatch.Write(PackCompiler.Load(RepoPaths.StarterPack), new GeneratorOptions { Count = 400, Seed = 7, FacilityCount = 6 }, settlements, truth);
        return settlements.ToArray();
    }
}
