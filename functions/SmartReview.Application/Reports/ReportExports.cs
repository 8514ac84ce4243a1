using System.Runtime.CompilerServices;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Kernel;
using SmartReview.Review;
using SmartReview.Review.Support;
using SmartReview.Rules.Batches;

namespace SmartReview.Application.Reports;

/// <summary>
/// The three exports as streamed sheets, narrowed by the work queue's filters (<see cref="ExportFilter"/>): flags (one
/// row per case; month = China month of opening; with an open stage in the queue's order), decisions (one row per case
/// event, the openings left out unless asked for; month = China month of the event; with each panel vote's outcome
/// and the evidence files' names) and the ledger (one row per posting; its booking month, its kind, what a receipt
/// pays, how and its voucher, the amount made due or received, with a total row of each). Rule and facility names
/// stand beside their codes. Column keys name texts in the writer's resources.
/// </summary>
public sealed class ReportExports(IReportSource source, ExportCases cases, PackRegistry packs, IFacilityNames? facilityNames = null)
{
    private const string RuleNameCulture = "zh-CN";

    public ExportSheet Flags(ExportFilter filter) => new("flags",
        ["CaseKey", "FlagId", "Settlement", "Person", "Facility", "FacilityName", "Rule", "RuleName", "Pack", "Definite", "AmountAtStake", "Stage", "Outcome",
            "AmountDecided", "Opened", "Closed"],
        FlagRows(filter, CancellationToken.None));

    public ExportSheet Decisions(ExportFilter filter) => new("decisions",
        ["CaseKey", "Sequence", "Kind", "Actor", "Role", "Time", "Reason", "Amount", "Vote", "Evidence"],
        DecisionRows(filter, CancellationToken.None));

    public ExportSheet Ledger(ExportFilter filter) => new("ledger",
        ["Facility", "FacilityName", "Month", "CaseKey", "Rule", "RuleName", "Sequence", "LedgerKind", "Against", "Method", "Reference", "Due", "Received"],
        LedgerRows(filter, CancellationToken.None), TotalColumns: [11, 12]);

    private async IAsyncEnumerable<object?[]> FlagRows(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancel)
    {
        IReadOnlyDictionary<string, string> names = await FacilityNamesAsync(cancel).ConfigureAwait(false);
        var rules = new Dictionary<string, string?>(StringComparer.Ordinal);
        await foreach (ReviewCase c in cases.ReadAsync(filter, cancel).ConfigureAwait(false))
        {
            if (filter.Month is null || ChinaTime.Month(c.OpenedUtc) == filter.Month)
            {
                Outcome? outcome = c.Stage == Stage.Closed ? c.FinalOutcome : c.Proposed;
                FlagSummary f = c.Flag;
                yield return
                [
                    new CaseKey(f.FacilityId, c.CaseId).ToString(), f.FlagId, f.SettlementId, f.PersonId, f.FacilityId, names.GetValueOrDefault(f.FacilityId),
                    f.RuleId, RuleName(rules, f.RuleId), f.Pack, new TextKey(f.Definite ? "Definite" : "Suspicious"), f.AmountAtStake, new TextKey("Stage_" + c.Stage),
                    outcome is { } o ? new TextKey("Outcome_" + o) : null, c.Amount, ChinaTime.WallClock(c.OpenedUtc),
                    c.ClosedUtc is { } closed ? ChinaTime.WallClock(closed) : null,
                ];
            }
        }
    }

    private async IAsyncEnumerable<object?[]> DecisionRows(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancel)
    {
        HashSet<CaseKey>? keys = await cases.KeysAsync(filter, cancel).ConfigureAwait(false);
        await foreach (ReportEvent re in source.EventsAsync(filter.Facility, filter.Month, cancel).ConfigureAwait(false))
        {
            CaseEvent e = re.Event;
            if ((e.Kind == EventKind.CaseOpened && !filter.WithOpened) || (keys is not null && !keys.Contains(re.Key)))
            {
                continue;
            }

            yield return
            [
                re.Key.ToString(), e.Sequence, new TextKey("Event_" + e.Kind), e.ActorId, new TextKey("Role_" + e.Role), ChinaTime.WallClock(e.AtUtc),
                Text(e), e.Kind == EventKind.VoteCast ? e.VoteAmount : e.AmountAfter, Vote(e),
                e.Evidence is { Count: > 0 } files ? string.Join("\n", files.Select(f => f.FileName)) : null,
            ];
        }
    }

    /// <summary>What the actor wrote: the statement and the reason when an appeal or contest has both, else whichever there is.</summary>
    private static string? Text(CaseEvent e) =>
        e.Statement is { } statement && e.Reason is { } reason ? statement + "\n" + reason : e.Reason ?? e.Statement;

    /// <summary>A member's vote, or the panel's outcome once it decided.</summary>
    private static TextKey? Vote(CaseEvent e) => e.Kind switch
    {
        EventKind.VoteCast when e.Vote is { } vote => new TextKey("Outcome_" + vote),
        EventKind.PanelDecided when e.OutcomeAfter is { } outcome => new TextKey("Outcome_" + outcome),
        _ => null,
    };

    private async IAsyncEnumerable<object?[]> LedgerRows(ExportFilter filter, [EnumeratorCancellation] CancellationToken cancel)
    {
        IReadOnlyDictionary<string, string> names = await FacilityNamesAsync(cancel).ConfigureAwait(false);
        var rules = new Dictionary<string, string?>(StringComparer.Ordinal);
        HashSet<CaseKey>? keys = await cases.KeysAsync(filter, cancel).ConfigureAwait(false);
        await foreach (LedgerPosting p in source.LedgerAsync(filter.Facility, filter.Month, cancel).ConfigureAwait(false))
        {
            var key = new CaseKey(p.FacilityId, p.CaseId);
            if (keys is not null && !keys.Contains(key))
            {
                continue;
            }

            yield return
            [
                p.FacilityId, names.GetValueOrDefault(p.FacilityId), p.Month, key.ToString(), p.RuleId, RuleName(rules, p.RuleId), p.Sequence,
                new TextKey("LedgerKind_" + p.Kind), p.Against is { } against ? new TextKey("LedgerKind_" + against) : null,
                p.Method is { } method ? new TextKey("Method_" + method) : null, p.Reference,
                p.Kind == LedgerKind.Receipt ? null : p.Due, p.Kind == LedgerKind.Receipt ? p.Received : null,
            ];
        }
    }

    /// <summary>The rule's Chinese name in the pack in force, looked up once per rule and export.</summary>
    private string? RuleName(Dictionary<string, string?> known, string ruleId)
    {
        if (!known.TryGetValue(ruleId, out string? name))
        {
            known[ruleId] = name = packs.Current.Find(ruleId)?.Definition.Name.In(RuleNameCulture);
        }

        return name;
    }

    private async Task<IReadOnlyDictionary<string, string>> FacilityNamesAsync(CancellationToken cancel) =>
        facilityNames is null ? new Dictionary<string, string>() : await facilityNames.AllAsync(cancel).ConfigureAwait(false);
}
