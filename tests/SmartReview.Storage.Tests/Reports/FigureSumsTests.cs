using SmartReview.Application.Reports;
using SmartReview.Review;

namespace SmartReview.Storage.Tests.Reports;

/// <summary>The sums are additive: per facility added up, they equal the sums over everything (what the stored figures rely on).</summary>
public sealed class FigureSumsTests
{
    private static readonly DateTimeOffset Opened = new(2024, 3, 4, 1, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Add_SumsPerFacility_EqualTheSumsOverAll()
    {
        ReportCase[] cases = [Case("A", "SR-001", 100m), Case("A", "SR-002", 50m, appealed: 50m), Case("B", "SR-001", 70m), Case("C", "SR-003", 10m)];
        LedgerPosting[] postings = [new("A", "SR-001", "2024-03", "c1", 2, 80m), new("B", "SR-001", "2024-04", "c3", 5, -20m),
            new("A", "SR-001", "2024-04", "c1", 3, 30m, LedgerKind.Receipt, LedgerKind.Recovery, ReceiptMethod.Transfer, "V1")];
        var all = new FigureSums();
        var byFacility = new Dictionary<string, FigureSums>();
        foreach (ReportCase c in cases)
        {
            all.Add(c);
            Of(byFacility, c.Case.Flag.FacilityId).Add(c);
        }

        foreach (LedgerPosting p in postings)
        {
            all.Add(p);
            Of(byFacility, p.FacilityId).Add(p);
        }

        var merged = new FigureSums();
        foreach (FigureSums s in byFacility.Values)
        {
            merged.Add(s);
        }

        DateTimeOffset now = Opened.AddDays(40);
        Dashboard expected = DashboardFigures.Of(all, 9, now, WorkingCalendar.China, MonthBasis.Discharge);
        Dashboard actual = DashboardFigures.Of(merged, 9, now, WorkingCalendar.China, MonthBasis.Discharge);
        Assert.Equal(expected.Funnel, actual.Funnel);
        Assert.Equal(expected.ByRule, actual.ByRule);
        Assert.Equal(expected.ByFacility, actual.ByFacility);
        Assert.Equal(expected.ByMonth, actual.ByMonth);
        Assert.Equal(expected.Ageing, actual.Ageing);
        Assert.Equal(new Funnel(9, 4, 230m, 0, 0m, 60m), actual.Funnel);
        Assert.Equal(4, actual.Ageing[0].Open);
        Assert.Equal(4, actual.Ageing[0].AgeOver20);
    }

    private static FigureSums Of(Dictionary<string, FigureSums> sums, string facility) =>
        sums.TryGetValue(facility, out FigureSums? s) ? s : sums[facility] = new FigureSums();

    private static ReportCase Case(string facility, string rule, decimal amount, decimal? appealed = null)
    {
        var flag = new FlagSummary($"F-{facility}-{rule}", "S1", facility, "P1", rule, "p", false, amount, ["1"], "测试", "test", null, null,
            new DateOnly(2024, 2, 28));
        return new ReportCase(ReviewFlow.Open(flag, Opened, new ReviewSettings(), WorkingCalendar.China).Case, appealed);
    }
}
