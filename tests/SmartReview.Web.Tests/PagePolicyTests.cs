using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Web.Tests.Support;

namespace SmartReview.Web.Tests;

/// <summary>
/// Under the pages' Content-Security-Policy the browser refuses nothing on the queue, a case, the batches page and the
/// dashboard, and the site's scripts still run; in English the queue's due column does not wrap.
/// </summary>
public sealed class PagePolicyTests(AzuriteFixture azurite, Chromium chromium, WebRig rig) : IClassFixture<WebRig>
{
    [Fact]
    public async Task Pages_UnderThePolicy_RefuseNothingAndRunTheirScripts()
    {
        await rig.StartedAsync(azurite);
        CaseKey key = await rig.OpenAsync("H33010000001", 500m);
        IPage supervisor = await rig.SignInAsync(chromium.Browser, "sup-1");
        var refused = new List<string>();
        supervisor.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                refused.Add(message.Text);
            }
        };

        await supervisor.GotoAsync("/work?stage=FirstReview");
        await supervisor.Keyboard.PressAsync("j");
        int selected = await supervisor.Locator("table.queue tbody tr.selected").CountAsync();
        await supervisor.GotoAsync($"/cases/{key}");
        await supervisor.GotoAsync("/batches");
        await supervisor.GotoAsync("/dashboard");
        await supervisor.GotoAsync("/lang/en?back=%2Fwork%3Fstage%3DFirstReview");
        string wrap = await supervisor.Locator("table.queue td.due").First.EvaluateAsync<string>("td => getComputedStyle(td).whiteSpace");

        Assert.Empty(refused);
        Assert.Equal(1, selected);
        Assert.Equal("nowrap", wrap);
    }
}
