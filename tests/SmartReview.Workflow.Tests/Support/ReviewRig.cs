using System.Net;
using System.Net.Sockets;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;
using SmartReview.Storage;
using SmartReview.Storage.Cases;

namespace SmartReview.Workflow.Tests.Support;

/// <summary>
/// The review orchestrations (a due instant's timer, a case's flow) on the real Durable Task engine (in memory) over
/// the case tables in a real Azurite. Cases open at <see cref="Opened"/>, in 2024, so with the real clock their
/// deadlines are long due, unless opened at another time. <see cref="Commands"/> arms the instants and tells the case
/// orchestrations at once (the hosts do it through the case-flow queue).
/// </summary>
internal sealed class ReviewRig : IAsyncDisposable
{
    private int _flags;

    private ReviewRig(DurableTaskTestHost host, TableCaseStore store)
    {
        Host = host;
        Store = store;
        Timers = new DurableDeadlineTimers(host.Client);
        Flows = new CaseFlowStarter(host.Client);
        Commands = new CaseCommandHandler(store, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System, timers: Timers, flows: new TellAtOnce(Flows));
    }

    /// <summary>Monday 2024-03-04 09:00 China time.</summary>
    public static DateTimeOffset Opened { get; } = new(2024, 3, 4, 1, 0, 0, TimeSpan.Zero);

    public DurableTaskTestHost Host { get; }
    public TableCaseStore Store { get; }
    public DurableDeadlineTimers Timers { get; }
    public CaseFlowStarter Flows { get; }
    public CaseCommandHandler Commands { get; }

    /// <summary>
    /// The case commands with another clock (a decision taken in 2024) that arm no instant, so a case's own timer is
    /// the only one; <paramref name="tell"/>: whether they tell the case's orchestration.
    /// </summary>
    public CaseCommandHandler CommandsAt(TimeProvider clock, bool tell = true) =>
        new(Store, new ReviewSettings(), WorkingCalendar.China, clock, flows: tell ? new TellAtOnce(Flows) : null);

    public static async Task<ReviewRig> StartAsync(AzuriteFixture azurite)
    {
        var account = new StorageAccount(azurite.NewOptions());
        await account.EnsureCreatedAsync();
        var store = new TableCaseStore(account);
        var late = new LateTimers();
        DurableTaskTestHost host = await DurableTaskTestHost.StartAsync(
            registry => registry.AddReviewOrchestrations(),
            new DurableTaskTestHostOptions
            {
                Port = FreePort(),
                ConfigureServices = services => services
                    .AddSingleton<ICaseStore>(store)
                    .AddSingleton(TimeProvider.System)
                    .AddSingleton(s => new CaseCommandHandler(store, new ReviewSettings(), WorkingCalendar.China, TimeProvider.System))
                    .AddSingleton(s => new DeadlineSweep(store, s.GetRequiredService<CaseCommandHandler>(), TimeProvider.System, late)),
            });
        late.Inner = new DurableDeadlineTimers(host.Client);
        return new ReviewRig(host, store);
    }

    /// <summary>Opens a case of a new flag (a definite one starts in the appeal window) and returns its key.</summary>
    public async Task<CaseKey> OpenAsync(bool definite, string facility = "H33010000001", decimal atStake = 500m, DateTimeOffset? at = null)
    {
        int n = Interlocked.Increment(ref _flags);
        var flag = new FlagSummary($"F{n:D24}", $"S{n:D12}", facility, $"P{n:D10}", "SR-001", "starter@test", definite, atStake, ["0001"],
            "测试", "test", null, null, new DateOnly(2024, 2, 28));
        (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, at ?? Opened, new ReviewSettings(), WorkingCalendar.China);
        await Store.OpenAsync([new OpenedCase(c, opened)], CancellationToken.None);
        return new CaseKey(facility, c.CaseId);
    }

    public async Task<ReviewCase> CaseAsync(CaseKey key) => (await Store.GetAsync(key, CancellationToken.None))!.Case;

    public ValueTask DisposeAsync() => Host.DisposeAsync();

    /// <summary>
    /// A loopback port free now. Left to itself the test host picks a random one in 30000-40000, inside Linux's
    /// ephemeral range, where the tests' own connections to Azurite can already hold it.
    /// </summary>
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>The case-flow queue without the queue: each flow goes straight to the starter.</summary>
    private sealed class TellAtOnce(CaseFlowStarter flows) : IWorkQueue<CaseFlow>
    {
        public Task SendAsync(CaseFlow message, CancellationToken cancel) => flows.TellAsync(message, cancel);
    }
}
