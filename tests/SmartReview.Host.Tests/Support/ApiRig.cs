using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage;
using SmartReview.Storage.Cases;

namespace SmartReview.Host.Tests.Support;

/// <summary>
/// One host process per test class, on the class's own tables, started by the first test; cases are seeded straight
/// into its store. Signed-in clients are kept per user (each with its own cookie).
/// </summary>
public sealed class ApiRig : IAsyncDisposable
{
    private static readonly TimeSpan Startup = TimeSpan.FromSeconds(60);
    private readonly SemaphoreSlim _start = new(1, 1);
    private readonly ConcurrentDictionary<string, HttpClient> _clients = new(StringComparer.Ordinal);
    private HostProcess? _host;
    private Uri? _address;
    private int _flags;

    internal TableCaseStore Store { get; private set; } = null!;

    /// <summary>The storage this class's host runs on (its own prefix), for tests that read or seed blobs.</summary>
    internal StorageOptions Options { get; private set; } = null!;

    /// <summary>Starts the host on new tables, with any further settings, unless this class's host runs already.</summary>
    internal async Task<ApiRig> StartedAsync(AzuriteFixture azurite, IReadOnlyDictionary<string, string>? settings = null)
    {
        await _start.WaitAsync();
        try
        {
            if (_host is null)
            {
                StorageOptions options = Options = azurite.NewOptions();
                var account = new StorageAccount(options);
                await account.EnsureCreatedAsync();
                Store = new TableCaseStore(account);
                _host = HostProcess.Start(options, settings);
                _address = await _host.ListeningAsync(Startup);
            }

            return this;
        }
        finally
        {
            _start.Release();
        }
    }

    /// <summary>A client signed in as <paramref name="user"/> (a demo user's id), or not at all for <see cref="Users.Anonymous"/>.</summary>
    internal async Task<HttpClient> AsAsync(string user)
    {
        if (_clients.TryGetValue(user, out HttpClient? known))
        {
            return known;
        }

        HttpClient client = NewClient();
        if (user != Users.Anonymous)
        {
            HttpResponseMessage login = await client.PostAsJsonAsync("/api/auth/login", new { user, password = Users.Password });
            Assert.True(login.StatusCode == HttpStatusCode.OK, $"{user} could not sign in: {login.StatusCode}\n{_host!.Tail()}");
        }

        return _clients.GetOrAdd(user, client);
    }

    /// <summary>A client of its own (own cookie jar), not signed in; one that does not follow redirects sees them.</summary>
    internal HttpClient NewClient(bool followRedirects = true) =>
        new(new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = followRedirects }) { BaseAddress = _address };

    /// <summary>
    /// Opens a case for a new flag of <paramref name="facility"/> (on line 0001 unless <paramref name="lines"/> says
    /// otherwise; the most a reviewer can confirm is <paramref name="ceiling"/>, else the amount; of a person of its
    /// own unless <paramref name="person"/> is given), due from now, and returns its key.
    /// </summary>
    internal async Task<CaseKey> OpenAsync(string facility, decimal amount = 1000m, bool definite = false, string rule = "SR-001",
        IReadOnlyList<string>? lines = null, string? knowledge = null, decimal? ceiling = null, string? person = null)
    {
        int n = Interlocked.Increment(ref _flags);
        string id = $"F{Guid.NewGuid():N}{n:D4}";
        var flag = new FlagSummary(id, $"S{n:D12}", facility, person ?? $"P{n:D10}", rule, "starter@test", definite, amount, lines ?? ["0001"],
            "测试标记", "test flag", knowledge, null, new DateOnly(2024, 2, 28), Ceiling: ceiling);
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, DateTimeOffset.UtcNow, new ReviewSettings(), WorkingCalendar.China);
        await Store.OpenAsync([new OpenedCase(c, opened)], CancellationToken.None);
        return new CaseKey(facility, c.CaseId);
    }

    /// <summary>
    /// Opens an indicator case (drug share of March 2024 at 55 % on 80 stays, ¥12,000.00 above the threshold of 40 %) for
    /// <paramref name="facility"/>, as a completed batch would, and returns its key.
    /// </summary>
    internal async Task<CaseKey> OpenIndicatorAsync(string facility, string rule = "LOC-ZB-DRUG")
    {
        string id = $"F{Guid.NewGuid():N}{Interlocked.Increment(ref _flags):D4}";
        var flag = new FlagSummary(id, "", facility, "", rule, "local@test", false, 12_000m, [], "药费占比为55.0%，超过阈值40.0%", "drug share 55.0%, above 40.0%",
            null, null, new DateOnly(2024, 3, 31), Ceiling: 12_000m, FundAmount: 9_600m, Origin: CaseOrigin.Indicator,
            Indicator: new IndicatorReading("drug_share", "2024-03", 0.55m, 0.40m, 80, true));
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, DateTimeOffset.UtcNow, new ReviewSettings(), WorkingCalendar.China);
        await Store.OpenAsync([new OpenedCase(c, opened)], CancellationToken.None);
        return new CaseKey(facility, c.CaseId);
    }

    /// <summary>Posts <paramref name="commandJson"/> to the case's commands as <paramref name="user"/>.</summary>
    internal async Task<HttpResponseMessage> CommandAsync(string user, string key, string commandJson) =>
        await (await AsAsync(user)).PostAsync($"/api/cases/{key}/commands", new StringContent(commandJson, Encoding.UTF8, "application/json"));

    /// <summary>Uploads one evidence file to the case as <paramref name="user"/>, as a browser's multipart form would.</summary>
    internal async Task<HttpResponseMessage> UploadEvidenceAsync(string user, string key, string fileName, string contentType, byte[] content)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        form.Add(file, "file", fileName);
        return await (await AsAsync(user)).PostAsync($"/api/cases/{key}/evidence", form);
    }

    internal static async Task<JsonNode> JsonAsync(HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new InvalidOperationException("empty body");

    public async ValueTask DisposeAsync()
    {
        foreach (HttpClient client in _clients.Values)
        {
            client.Dispose();
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _start.Dispose();
    }
}
