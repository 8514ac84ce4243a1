using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Tests.Support;

namespace SmartReview.Storage.Tests.Processes;

/// <summary>Cases opened straight into one storage prefix's tables at a hand-moved time, for the host's durable deadlines to pass.</summary>
internal sealed class DeadlineCases(StorageOptions storage, DateTimeOffset openedAt)
{
    private static readonly string[] Facilities = ["H33010000001", "H33010000002", "H33010000003"];
    private readonly List<(CaseKey Key, decimal Amount)> _opened = [];

    public StorageAccount Account { get; } = new(storage);

    public TableCaseStore Store => new(Account);

    public ManualClock Clock { get; } = new(openedAt);

    public IReadOnlyList<(CaseKey Key, decimal Amount)> Opened => _opened;

    public static IReadOnlyList<string> FacilityIds => Facilities;

    /// <summary>Opens <paramref name="count"/> cases (amounts with fen, over three facilities), 32 at a time.</summary>
    public async Task OpenAsync(int count, bool definite, CancellationToken cancel)
    {
        await Account.EnsureCreatedAsync(cancel);
        var settings = new ReviewSettings();
        await Parallel.ForEachAsync(Enumerable.Range(1, count), new ParallelOptions { MaxDegreeOfParallelism = 32, CancellationToken = cancel }, async (n, ct) =>
        {
            string facility = Facilities[n % Facilities.Length];
            decimal amount = 100m + (n * 0.37m);
            var flag = new FlagSummary($"F{n:D24}", $"S{n:D12}", facility, $"P{n:D10}", "SR-001", "starter@test", definite, amount, ["0001"],
                "测试", "test", null, null, new DateOnly(2024, 2, 28));
            (ReviewCase c, CaseEvent opened) = ReviewFlow.Open(flag, Clock.Now, settings, WorkingCalendar.China);
            await Store.OpenAsync([new OpenedCase(c, opened)], ct);
            lock (_opened)
            {
                _opened.Add((new CaseKey(facility, c.CaseId), amount));
            }
        });
    }

    /// <summary>Moves the clock to the earliest due instant and runs the sweep there (e.g. appeal windows lapse: to FinalDecision).</summary>
    public async Task<int> SweepAtFirstDueAsync(CancellationToken cancel)
    {
        DateTimeOffset due = _opened.Count == 0 ? Clock.Now : (await Store.GetAsync(_opened[0].Key, cancel))!.Case.DueUtc!.Value;
        Clock.Now = due;
        var commands = new CaseCommandHandler(Store, new ReviewSettings(), WorkingCalendar.China, Clock);
        return await new DeadlineSweep(Store, commands, Clock).RunAsync(cancel);
    }

    /// <summary>How many of the cases are closed, from the case rows' stage column.</summary>
    public async Task<int> ClosedAsync(CancellationToken cancel)
    {
        int closed = 0;
        string filter = TableClient.CreateQueryFilter($"RowKey ge {"c|"} and RowKey lt {"c|\uffff"}");
        await foreach (TableEntity row in Account.Cases.QueryAsync<TableEntity>(filter, select: ["Stage"], cancellationToken: cancel))
        {
            if (row.GetString("Stage") == nameof(Stage.Closed))
            {
                closed++;
            }
        }

        return closed;
    }
}
