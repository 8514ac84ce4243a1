using SmartReview.Application.Cases;
using SmartReview.Review;
using SmartReview.Storage.Cases;

namespace SmartReview.Benchmarks.Support;

/// <summary>Cases opened straight into the case store (no scoring): over 40 facilities and 25 rules, a tenth definite, ¥50–1,000 at stake.</summary>
internal static class BenchCases
{
    public static CaseKey Key(ReviewCase c) => new(c.Flag.FacilityId, c.CaseId);

    public static async Task<List<ReviewCase>> OpenAsync(TableCaseStore store, ReviewSettings settings, DateTimeOffset at, int count, Random random)
    {
        var cases = new List<OpenedCase>(count);
        for (int n = 0; n < count; n++)
        {
            string facility = $"H3301{n % 40:D7}";
            var flag = new FlagSummary($"F{n:D24}", $"S{n:D12}", facility, $"P{n:D10}", $"SR-{1 + random.Next(25):D3}", "starter@bench", random.Next(10) == 0,
                Math.Round(50m + (decimal)random.NextDouble() * 950m, 2), ["0001", "0002"], "住院费用超出限定标准，请核实。", "Inpatient charge above the limit; please check.",
                null, null, DateOnly.FromDateTime(at.UtcDateTime));
            (ReviewCase c, CaseEvent e) = ReviewFlow.Open(flag, at, settings, WorkingCalendar.China);
            cases.Add(new OpenedCase(c, e));
        }

        await Parallel.ForEachAsync(cases.GroupBy(c => c.Case.Flag.FacilityId), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (g, cancel) =>
        {
            foreach (OpenedCase[] part in g.Chunk(50))
            {
                await store.OpenAsync(part, cancel);
            }
        });
        return [.. cases.Select(c => c.Case)];
    }
}
