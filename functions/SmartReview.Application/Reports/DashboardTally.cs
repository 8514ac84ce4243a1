using SmartReview.Kernel;
using SmartReview.Review;
using SmartReview.Review.Support;

namespace SmartReview.Application.Reports;

/// <summary>The running sums behind a <see cref="Dashboard"/>: fed case by case and posting by posting, then read once.</summary>
internal sealed class DashboardTally(DateTimeOffset nowUtc, WorkingCalendar calendar)
{
    private static readonly Stage[] OpenStages = [Stage.FirstReview, Stage.Appeal, Stage.ReReview, Stage.Panel, Stage.FinalDecision];
    private readonly Dictionary<string, RuleSum> _rules = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FacilitySum> _facilities = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, MonthSum> _months = new(StringComparer.Ordinal);
    private readonly Dictionary<Stage, AgeSum> _ages = OpenStages.ToDictionary(s => s, _ => new AgeSum());
    private readonly Dictionary<DateOnly, int> _ageOfDate = [];
    private readonly DateOnly _today = ChinaTime.Date(nowUtc);
    private int _flags;
    private int _confirmed;
    private decimal _atStake;
    private decimal _confirmedAmount;
    private decimal _recovered;
    private LedgerAmounts _due;
    private LedgerAmounts _received;

    public void Add(ReportCase rc)
    {
        ReviewCase c = rc.Case;
        bool closed = c.Stage == Stage.Closed;
        bool confirmed = closed && c.FinalOutcome == Outcome.Confirmed;
        bool dismissed = closed && c.FinalOutcome == Outcome.Dismissed;
        decimal stake = c.Flag.AmountAtStake;
        decimal amount = c.LedgerAmount;
        _flags++;
        _atStake += stake;
        _confirmed += confirmed ? 1 : 0;
        _confirmedAmount += amount;

        RuleSum rule = Get(_rules, c.Flag.RuleId);
        rule.Hits++;
        rule.Open += closed ? 0 : 1;
        rule.Confirmed += confirmed ? 1 : 0;
        rule.Dismissed += dismissed ? 1 : 0;
        rule.AtStake += stake;
        rule.ConfirmedAmount += amount;

        FacilitySum facility = Get(_facilities, c.Flag.FacilityId);
        facility.Flags++;
        facility.AtStake += stake;
        facility.Appealed += rc.Appealed ? 1 : 0;
        facility.AppealsDecided += rc.Appealed && closed ? 1 : 0;
        facility.Overturned += rc.Overturned ? 1 : 0;
        facility.ConfirmedAmount += amount;

        MonthSum opened = Get(_months, ChinaTime.Month(c.OpenedUtc));
        opened.Flags++;
        opened.AtStake += stake;
        if (confirmed && c.ClosedUtc is { } closedUtc)
        {
            MonthSum month = Get(_months, ChinaTime.Month(closedUtc));
            month.Confirmed++;
            month.ConfirmedAmount += amount;
        }

        if (!closed)
        {
            AgeSum age = _ages[c.Stage];
            age.Open++;
            age.Overdue += c.DueUtc is { } due && due < nowUtc ? 1 : 0;
            age.Count(WorkingDaysSince(ChinaTime.Date(c.OpenedUtc)));
        }
    }

    public void Add(LedgerPosting p)
    {
        _due = _due.Add(p.DueKind, p.Due);
        _received = _received.Add(p.DueKind, p.Received);
        MonthSum month = Get(_months, p.Month);
        month.Due = month.Due.Add(p.DueKind, p.Due);
        month.Received += p.Received;
        _recovered += p.Kind == LedgerKind.Recovery ? p.Amount : 0m;
    }

    public Dashboard Result(long screened) => new(
        nowUtc,
        new Funnel(screened, _flags, _atStake, _confirmed, _confirmedAmount, _recovered),
        [.. _rules.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Value.Figures(r.Key))],
        [.. _facilities.OrderBy(f => f.Key, StringComparer.Ordinal).Select(f => f.Value.Figures(f.Key))],
        [.. _months.Select(m => m.Value.Figures(m.Key))],
        [.. OpenStages.Select(s => _ages[s].Figures(s))],
        new LedgerFigures(_due, _received));

    /// <summary>Working days after <paramref name="opened"/> up to today (China dates); cached per date, cases of a batch share one.</summary>
    private int WorkingDaysSince(DateOnly opened)
    {
        if (!_ageOfDate.TryGetValue(opened, out int days))
        {
            days = 0;
            for (DateOnly d = opened.AddDays(1); d <= _today; d = d.AddDays(1))
            {
                days += calendar.IsWorkingDay(d) ? 1 : 0;
            }

            _ageOfDate[opened] = days;
        }

        return days;
    }

    private static T Get<T>(IDictionary<string, T> sums, string key)
        where T : new()
    {
        if (!sums.TryGetValue(key, out T? sum))
        {
            sums[key] = sum = new T();
        }

        return sum;
    }

    internal static decimal? Rate(int part, int whole) => whole == 0 ? null : decimal.Round((decimal)part / whole, 4);

    private sealed class RuleSum
    {
        public int Hits, Open, Confirmed, Dismissed;
        public decimal AtStake, ConfirmedAmount;

        public RuleFigures Figures(string rule) =>
            new(rule, Hits, Open, Confirmed, Dismissed, Rate(Confirmed, Confirmed + Dismissed), AtStake, ConfirmedAmount);
    }

    private sealed class FacilitySum
    {
        public int Flags, Appealed, AppealsDecided, Overturned;
        public decimal AtStake, ConfirmedAmount;

        public FacilityFigures Figures(string facility) =>
            new(facility, Flags, AtStake, Appealed, Rate(Appealed, Flags), AppealsDecided, Overturned, Rate(Overturned, AppealsDecided), ConfirmedAmount);
    }

    private sealed class MonthSum
    {
        public int Flags, Confirmed;
        public decimal AtStake, ConfirmedAmount, Received;
        public LedgerAmounts Due;

        public MonthFigures Figures(string month) =>
            new(month, Flags, AtStake, Confirmed, ConfirmedAmount, Due.Recovery, Due.Penalty, Due.Damages, Received);
    }

    private sealed class AgeSum
    {
        public int Open, Overdue, To5, To10, To20, Over20;

        public void Count(int days)
        {
            if (days <= 5)
            {
                To5++;
            }
            else if (days <= 10)
            {
                To10++;
            }
            else if (days <= 20)
            {
                To20++;
            }
            else
            {
                Over20++;
            }
        }

        public StageAgeing Figures(Stage stage) => new(stage, Open, Overdue, To5, To10, To20, Over20);
    }
}
