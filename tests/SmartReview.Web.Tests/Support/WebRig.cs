using Microsoft.Playwright;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage;
using SmartReview.Storage.Cases;

namespace SmartReview.Web.Tests.Support;

/// <summary>
/// One host process per test class, with its workers on, on the class's own tables; cases can be seeded straight into
/// its store. <see cref="SignInAsync"/> opens a browser context per user and signs in through the login page.
/// </summary>
public sealed class WebRig : IAsyncDisposable
{
    public const string Password = "smartreview-demo";
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly List<IBrowserContext> _contexts = [];
    private HostProcess? _host;
    private int _flags;

    public Uri Address { get; private set; } = null!;

    internal TableCaseStore Store { get; private set; } = null!;

    internal async Task<WebRig> StartedAsync(AzuriteFixture azurite)
    {
        await _start.WaitAsync();
        try
        {
            if (_host is null)
            {
                StorageOptions options = azurite.NewOptions();
                var account = new StorageAccount(options);
                await account.EnsureCreatedAsync();
                Store = new TableCaseStore(account);
                _host = HostProcess.Start(options, new Dictionary<string, string> { ["Workers__Enabled"] = "true", ["Reports__RefreshSeconds"] = "1" });
                Address = await _host.ListeningAsync(Startup);
            }

            return this;
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>A new page in a browser context of its own, signed in as <paramref name="user"/> through the login form.</summary>
    internal async Task<IPage> SignInAsync(IBrowser browser, string user)
    {
        IBrowserContext context = await browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = Address.ToString(), Locale = "zh-CN" });
        _contexts.Add(context);
        context.SetDefaultNavigationTimeout(90_000); // the suite runs test projects side by side on 2 cores: a page can take seconds
        IPage page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.FillAsync("#user", user);
        await page.FillAsync("#password", Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForSelectorAsync($"[data-user='{user}']");
        return page;
    }

    /// <summary>Opens a suspicious case of <paramref name="facility"/> for <paramref name="amount"/> yuan at stake and returns its key.</summary>
    internal async Task<CaseKey> OpenAsync(string facility, decimal amount, string rule = "SR-001")
    {
        int n = Interlocked.Increment(ref _flags);
        var flag = new FlagSummary($"F{Guid.NewGuid():N}{n:D4}", $"S{n:D12}", facility, $"P{n:D10}", rule, "starter@test", false, amount, ["0001"],
            "测试疑点：同一项目重复收费", "test flag: the same item charged twice", null, null, new DateOnly(2024, 2, 28));
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, DateTimeOffset.UtcNow, new ReviewSettings(), WorkingCalendar.China);
        await Store.OpenAsync([new OpenedCase(c, opened)], CancellationToken.None);
        return new CaseKey(facility, c.CaseId);
    }

    public string Tail() => _host?.Tail() ?? "";

    public async ValueTask DisposeAsync()
    {
        foreach (IBrowserContext context in _contexts)
        {
            await context.DisposeAsync();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _start.Dispose();
    }
}
