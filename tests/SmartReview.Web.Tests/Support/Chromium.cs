using Microsoft.Playwright;

namespace SmartReview.Web.Tests.Support;

/// <summary>
/// One headless chromium for the test run: Debian's package (<c>/usr/bin/chromium</c>, or <c>SMARTREVIEW_CHROMIUM</c>),
/// driven by Playwright's own driver; Playwright never downloads a browser here. Each user gets a context of their own.
/// </summary>
public sealed class Chromium : IAsyncLifetime
{
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        string path = Environment.GetEnvironmentVariable("SMARTREVIEW_CHROMIUM") is { Length: > 0 } given ? given : "/usr/bin/chromium";
        if (!File.Exists(path))
        {
            throw new InvalidOperationException($"no chromium at {path}: scripts/test.sh installs Debian's chromium package");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = path, Headless = true, Args = ["--no-sandbox"] });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }
}
