using System.Globalization;
using SmartReview.Kernel;
using SmartReview.Review;

namespace SmartReview.Application.Reports;

/// <summary>
/// The dashboard's running sums over some cases and their ledger postings (one facility's, as stored, or all of them
/// merged): only counts and amounts that add up, nothing that depends on when they are read. Open cases are kept by
/// stage and China date of opening (<see cref="OpenSince"/>) and by stage and due instant (<see cref="OpenDue"/>), so
/// ageing and overdue are worked out at reading time (<see cref="DashboardFigures"/>). Serialised as JSON in storage.
/// </summary>
public sealed class FigureSums
{
    public int Flags { get; set; }

    public int Confirmed { get; set; }

    public decimal AtStake { get; set; }

    public decimal ConfirmedAmount { get; set; }

    public decimal Recovered { get; set; }

    public LedgerAmounts Due { get; set; }

    public LedgerAmounts Received { get; set; }

    public Dictionary<string, RuleSum> Rules { get; set; } = [];

    public Dictionary<string, FacilitySum> Facilities { get; set; } = [];

    /// <summary>By China month: flags by month of opening (the batch that brought the settlement), closings, the ledger by booking month.</summary>
    public Dictionary<string, MonthSum> Months { get; set; } = [];

    /// <summary>Flags and their amount at stake by China month of discharge.</summary>
    public Dictionary<string, MonthSum> Discharged { get; set; } = [];

    /// <summary>Open cases by "{stage}|{yyyy-MM-dd}", the China date they were opened.</summary>
    public Dictionary<string, int> OpenSince { get; set; } = [];

    /// <summary>Open cases with a deadline by "{stage}|{due UTC ticks}".</summary>
    public Dictionary<string, int> OpenDue { get; set; } = [];

    public void Add(ReportCase rc)
    {
        ReviewCase c = rc.Case;
        bool closed = c.Stage == Stage.Closed;
        bool confirmed = closed && c.FinalOutcome == Outcome.Confirmed;
        decimal stake = c.Flag.AmountAtStake;
        decimal amount = c.LedgerAmount;
        Flags++;
        AtStake += stake;
        Confirmed += confirmed ? 1 : 0;
        ConfirmedAmount += amount;
        Get(Rules, c.Flag.RuleId).Add(c, closed, confirmed);
        Get(Facilities, c.Flag.FacilityId).Add(rc, closed, amount);
        Get(Months, ChinaTime.Month(c.OpenedUtc)).AddFlag(stake);
        Get(Discharged, c.Flag.Discharge.ToString("yyyy-MM", CultureInfo.InvariantCulture)).AddFlag(stake);
        if (confirmed && c.ClosedUtc is { } closedUtc)
        {
            MonthSum month = Get(Months, ChinaTime.Month(closedUtc));
            month.Confirmed++;
            month.ConfirmedAmount += amount;
        }

        if (!closed)
        {
            Bump(OpenSince, $"{c.Stage}|{ChinaTime.Date(c.OpenedUtc):yyyy-MM-dd}", 1);
            if (c.DueUtc is { } due)
            {
                Bump(OpenDue, $"{c.Stage}|{due.UtcTicks}", 1);
            }
        }
    }

    public void Add(LedgerPosting p)
    {
        Due = Due.Add(p.DueKind, p.Due);
        Received = Received.Add(p.DueKind, p.Received);
        MonthSum month = Get(Months, p.Month);
        month.Due = month.Due.Add(p.DueKind, p.Due);
        month.Received += p.Received;
        Recovered += p.Kind == LedgerKind.Recovery ? p.Amount : 0m;
    }

    /// <summary>Adds <paramref name="other"/>'s sums to these.</summary>
    public void Add(FigureSums other)
    {
        Flags += other.Flags;
        Confirmed += other.Confirmed;
        AtStake += other.AtStake;
        ConfirmedAmount += other.ConfirmedAmount;
        Recovered += other.Recovered;
        Due = Due.Plus(other.Due);
        Received = Received.Plus(other.Received);
        Merge(Rules, other.Rules, (a, b) => a.Add(b));
        Merge(Facilities, other.Facilities, (a, b) => a.Add(b));
        Merge(Months, other.Months, (a, b) => a.Add(b));
        Merge(Discharged, other.Discharged, (a, b) => a.Add(b));
        foreach ((string key, int n) in other.OpenSince)
        {
            Bump(OpenSince, key, n);
        }

        foreach ((string key, int n) in other.OpenDue)
        {
            Bump(OpenDue, key, n);
        }
    }

    private static void Merge<T>(Dictionary<string, T> into, Dictionary<string, T> from, Action<T, T> add)
        where T : new()
    {
        foreach ((string key, T sum) in from)
        {
            add(Get(into, key), sum);
        }
    }

    private static void Bump(Dictionary<string, int> counts, string key, int n) => counts[key] = counts.GetValueOrDefault(key) + n;

    private static T Get<T>(Dictionary<string, T> sums, string key)
        where T : new()
    {
        if (!sums.TryGetValue(key, out T? sum))
        {
            sums[key] = sum = new T();
        }

        return sum;
    }
}
