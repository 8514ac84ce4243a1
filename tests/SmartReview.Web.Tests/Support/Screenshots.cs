using Microsoft.Playwright;

namespace SmartReview.Web.Tests.Support;

/// <summary>
/// Screenshots of each step, kept as test output under <c>out/screenshots/{test}/NN-step.png</c> in the repository
/// (or <c>SMARTREVIEW_SCREENSHOTS</c>): numbered in the order taken, named for the step.
/// </summary>
internal sealed class Screenshots(string test)
{
    private readonly string _folder = Path.Combine(
        Environment.GetEnvironmentVariable("SMARTREVIEW_SCREENSHOTS") is { Length: > 0 } given ? given : Path.Combine(RepoPaths.Root, "out", "screenshots"), test);

    private int _taken;

    public async Task TakeAsync(IPage page, string step)
    {
        Directory.CreateDirectory(_folder);
        string file = Path.Combine(_folder, $"{Interlocked.Increment(ref _taken):D2}-{step}.png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = file, FullPage = true });
    }
}
