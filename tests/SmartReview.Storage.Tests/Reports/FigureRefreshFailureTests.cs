using Microsoft.Extensions.Logging;
using SmartReview.Application.Cases;
using SmartReview.Application.Reports;
using SmartReview.Review;
using SmartReview.Storage.Batches;
using SmartReview.Storage.Cases;
using SmartReview.Storage.Reports;

namespace SmartReview.Storage.Tests.Reports;

/// <summary>A pass over the figures that fails (here: its tables were never created) is logged as an error, not lost in a background loop.</summary>
public sealed class FigureRefreshFailureTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Refresh_WhenThePassFails_LogsTheErrorAndThrows()
    {
        var account = new StorageAccount(azurite.NewOptions());
        var log = new KeptLog();
        var refresher = new FigureRefresher(new TableFigureStore(account, TimeProvider.System),
            new DashboardBuilder(new TableReportSource(account), new TableBatchStore(account), WorkingCalendar.China), new TableReportSource(account),
            new SettlementArchive(new TableCaseStore(account), new BlobBatchFiles(account)), new TableFacilityNames(account), log);

        await Assert.ThrowsAnyAsync<Exception>(() => refresher.RefreshAsync(TestContext.Current.CancellationToken));

        (LogLevel level, Exception? error) = Assert.Single(log.Entries);
        Assert.Equal(LogLevel.Error, level);
        Assert.NotNull(error);
    }

    private sealed class KeptLog : ILogger<FigureRefresher>
    {
        public List<(LogLevel Level, Exception? Error)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, exception));
            }
        }
    }
}
