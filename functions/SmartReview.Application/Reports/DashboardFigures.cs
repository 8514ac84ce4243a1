using System.Globalization;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>Reads a <see cref="Dashboard"/> out of <see cref="FigureSums"/> at a given time: rates, ageing and overdue are worked out here.</summary>
public static class DashboardFigures
{
    private static readonly Stage[] OpenStages = [Stage.FirstReview, Stage.Appeal, Stage.ReReview, Stage.Panel, Stage.FinalDecision];

    /// <summary>The dashboard of <paramref name="sums"/> at <paramref name="nowUtc"/>; <paramref name="names"/> are facility names by id.</summary>
    public static Dashboard Of(FigureSums sums, long screened, DateTimeOffset nowUtc, WorkingCalendar calendar, MonthBasis basis,
        IReadOnlyDictionary<string, string>? names = null) => new(
        nowUtc,
        new Funnel(screened, sums.Flags, sums.AtStake, sums.Confirmed, sums.ConfirmedAmount, sums.Recovered),
        [.. sums.Rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value.Figures(r.Key))],
        [.. sums.Facilities.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value.Figures(f.Key, names?.GetValueOrDefault(f.Key)))],
        Months(sums, basis),
        Ageing(sums, nowUtc, calendar),
        new LedgerFigures(sums.Due, sums.Received))
    {
        Months = basis,
    };

    internal static decimal? Rate(int part, int whole) => whole == 0 ? null : decimal.Round((decimal)part / whole, 4);

    /// <summary>Per month: flags by the basis asked for; closings and the ledger by their own month.</summary>
    private static List<MonthFigures> Months(FigureSums sums, MonthBasis basis)
    {
        Dictionary<string, MonthSum> flags = basis == MonthBasis.Discharge ? sums.Discharged : sums.Months;
        return [.. sums.Months.Keys.Union(flags.Keys).Order(StringComparer.Ordinal).Select(month =>
        {
            MonthSum m = sums.Months.GetValueOrDefault(month) ?? new MonthSum();
            MonthSum f = flags.GetValueOrDefault(month) ?? new MonthSum();
            return new MonthFigures(month, f.Flags, f.AtStake, m.Confirmed, m.ConfirmedAmount, m.Due.Recovery, m.Due.Penalty, m.Due.Damages, m.Received);
        }).Where(m => m != new MonthFigures(m.Month, 0, 0m, 0, 0m, 0m))]; // a month with nothing on this basis (e.g. only openings, by discharge)
    }

    private static List<StageAgeing> Ageing(FigureSums sums, DateTimeOffset nowUtc, WorkingCalendar calendar)
    {
        DateOnly today = ChinaTime.Date(nowUtc);
        var ages = OpenStages.ToDictionary(s => s, _ => new int[6]); // open, overdue, 0–5, 6–10, 11–20, over 20
        foreach ((string key, int n) in sums.OpenSince)
        {
            (Stage stage, string date) = Split(key);
            int days = WorkingDaysAfter(DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture), today, calendar);
            int[] a = ages[stage];
            a[0] += n;
            a[days <= 5 ? 2 : days <= 10 ? 3 : days <= 20 ? 4 : 5] += n;
        }

        foreach ((string key, int n) in sums.OpenDue)
        {
            (Stage stage, string ticks) = Split(key);
            ages[stage][1] += new DateTimeOffset(long.Parse(ticks, CultureInfo.InvariantCulture), TimeSpan.Zero) < nowUtc ? n : 0;
        }

        return [.. OpenStages.Select(s => new StageAgeing(s, ages[s][0], ages[s][1], ages[s][2], ages[s][3], ages[s][4], ages[s][5]))];
    }

    /// <summary>Working days after <paramref name="opened"/> up to <paramref name="today"/> (China dates).</summary>
    private static int WorkingDaysAfter(DateOnly opened, DateOnly today, WorkingCalendar calendar)
    {
        int days = 0;
        for (DateOnly d = opened.AddDays(1); d <= today; d = d.AddDays(1))
        {
            days += calendar.IsWorkingDay(d) ? 1 : 0;
        }

        return days;
    }

    private static (Stage Stage, string Value) Split(string key)
    {
        int bar = key.IndexOf('|', StringComparison.Ordinal);
        return (Enum.Parse<Stage>(key[..bar]), key[(bar + 1)..]);
    }
}
