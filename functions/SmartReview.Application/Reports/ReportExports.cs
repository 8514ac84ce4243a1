using System.Runtime.CompilerServices;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Kernel;
using SmartReview.Review;
using SmartReview.Review.Support;

namespace SmartReview.Application.Reports;

/// <summary>
/// The three exports as streamed sheets: flags (one row per case; month = China month of opening), decisions (one
/// row per case event; month = China month of the event) and the ledger (one row per posting; its booking month, its
/// kind, what a receipt pays, how and its voucher, the amount made due or received, with a total row of each). Column keys name
/// texts in the writer's resources.
/// </summary>
public sealed class ReportExports(IReportSource source)
{
    public ExportSheet Flags(ExportFilter filter) => new("flags",
        ["CaseKey", "FlagId", "Settlement", "Facility", "Rule", "Pack", "Definite", "AmountAtStake", "Stage", "Outcome", "AmountDecided", "Opened", "Closed"],
        FlagRows(filter, CancellationToken.None));

    public ExportSheet Decisions(ExportFilter filter) => new("decisions",
        ["CaseKey", "Sequence", "Kind", "Actor", "Role", "Time", "Reason", "Amount"],
        DecisionRows(filter, CancellationToken.None));

    public ExportSheet Ledger(ExportFilter filter) => new("ledger",
        ["Facility", "Month", "CaseKey", "Rule", "Sequence", "LedgerKind", "Against", "Method", "Reference", "Due", "Received"],
        LedgerRows(filter, CancellationToken.None), TotalColumns: [9, 10]);

    private async IAsyncEnumerable<object?[]> FlagRows(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancel)
    {
        await foreach (ReportCase rc in source.CasesAsync(filter.Facility, withAppeals: false, cancel).ConfigureAwait(false))
        {
            ReviewCase c = rc.Case;
            if (filter.Month is null || ChinaTime.Month(c.OpenedUtc) == filter.Month)
            {
                Outcome? outcome = c.Stage == Stage.Closed ? c.FinalOutcome : c.Proposed;
                yield return
                [
                    new CaseKey(c.Flag.FacilityId, c.CaseId).ToString(), c.Flag.FlagId, c.Flag.SettlementId, c.Flag.FacilityId, c.Flag.RuleId,
                    c.Flag.Pack, new TextKey(c.Flag.Definite ? "Definite" : "Suspicious"), c.Flag.AmountAtStake, new TextKey("Stage_" + c.Stage),
                    outcome is { } o ? new TextKey("Outcome_" + o) : null, c.Amount, ChinaTime.WallClock(c.OpenedUtc),
                    c.ClosedUtc is { } closed ? ChinaTime.WallClock(closed) : null,
                ];
            }
        }
    }

    private async IAsyncEnumerable<object?[]> DecisionRows(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancel)
    {
        await foreach (ReportEvent re in source.EventsAsync(filter.Facility, filter.Month, cancel).ConfigureAwait(false))
        {
            CaseEvent e = re.Event;
            yield return
            [
                re.Key.ToString(), e.Sequence, new TextKey("Event_" + e.Kind), e.ActorId, new TextKey("Role_" + e.Role), ChinaTime.WallClock(e.AtUtc),
                Text(e), e.Kind == EventKind.VoteCast ? e.VoteAmount : e.AmountAfter,
            ];
        }
    }

    /// <summary>What the actor wrote: the statement and the reason when an appeal or contest has both, else whichever there is.</summary>
    private static string? Text(CaseEvent e) =>
        e.Statement is { } statement && e.Reason is { } reason ? statement + "\n" + reason : e.Reason ?? e.Statement;

    private async IAsyncEnumerable<object?[]> LedgerRows(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancel)
    {
        await foreach (LedgerPosting p in source.LedgerAsync(filter.Facility, filter.Month, cancel).ConfigureAwait(false))
        {
            yield return
            [
                p.FacilityId, p.Month, new CaseKey(p.FacilityId, p.CaseId).ToString(), p.RuleId, p.Sequence, new TextKey("LedgerKind_" + p.Kind),
                p.Against is { } against ? new TextKey("LedgerKind_" + against) : null, p.Method is { } method ? new TextKey("Method_" + method) : null,
                p.Reference,
                p.Kind == LedgerKind.Receipt ? null : p.Due, p.Kind == LedgerKind.Receipt ? p.Received : null,
            ];
        }
    }
}
