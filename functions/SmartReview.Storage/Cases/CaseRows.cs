using System.Globalization;
using System.Text.Json;
using Azure.Data.Tables;
using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Storage.Cases;

/// <summary>
/// The rows of the cases table. Partition = facility, so a case, its events and its ledger entries can change in one
/// transaction. Rows: "c|case" the state, "e|case|seq" each event, "l|yyyy-MM|case|seq|n" each ledger entry (its kind
/// in <c>Kind</c>; a receipt also names the kind it pays in <c>Against</c>, how in <c>Method</c> and its voucher in
/// <c>Reference</c>).
/// </summary>
internal static class CaseRows
{
    public const string CasePrefix = "c|";
    public const string EventPrefix = "e|";
    public const string LedgerPrefix = "l|";

    /// <summary>The columns a ledger entry is read back from.</summary>
    public static readonly string[] LedgerColumns = ["Month", "RuleId", "CaseId", "Sequence", "AmountFen", "Kind", "Against", "Method", "Reference"];

    public static string Partition(string facilityId) => Keys.Safe(facilityId);

    public static string CaseRow(string caseId) => CasePrefix + Keys.Safe(caseId);

    public static string EventRow(string caseId, int sequence) => $"{EventPrefix}{Keys.Safe(caseId)}|{sequence.ToString("D5", CultureInfo.InvariantCulture)}";

    /// <summary>The case row; <paramref name="source"/> (where its settlement is kept) goes in two properties and must be passed on every rewrite.</summary>
    public static TableEntity State(ReviewCase c, CaseSource? source = null) => new(Partition(c.Flag.FacilityId), CaseRow(c.CaseId))
    {
        ["SourceStaging"] = source?.Staging,
        ["SourceFile"] = source?.File,
        ["Stage"] = c.Stage.ToString(),
        ["DueUtc"] = c.DueUtc,
        ["RuleId"] = c.Flag.RuleId,
        ["Origin"] = c.Flag.Source.ToString(),
        ["SettlementId"] = c.Flag.SettlementId,
        ["PersonId"] = c.Flag.PersonId,
        ["Definite"] = c.Flag.Definite,
        ["AmountAtStakeFen"] = Fen.Of(c.Flag.AmountAtStake),
        ["AmountFen"] = c.Amount is { } a ? Fen.Of(a) : null,
        ["Version"] = c.Version,
        ["State"] = JsonSerializer.Serialize(c, CaseJson.Context.ReviewCase),
    };

    public static CaseSource? Source(TableEntity e) =>
        e.GetString("SourceStaging") is { } staging && e.GetString("SourceFile") is { } file ? new CaseSource(staging, file) : null;

    public static ReviewCase Case(TableEntity e) => JsonSerializer.Deserialize(e.GetString("State"), CaseJson.Context.ReviewCase)!;

    public static TableEntity Event(string facilityId, string caseId, CaseEvent e) => new(Partition(facilityId), EventRow(caseId, e.Sequence))
    {
        ["Kind"] = e.Kind.ToString(),
        ["AtUtc"] = e.AtUtc,
        ["ActorId"] = e.ActorId,
        ["Role"] = e.Role.ToString(),
        ["Event"] = JsonSerializer.Serialize(e, CaseJson.Context.CaseEvent),
    };

    public static CaseEvent Event(TableEntity e) => JsonSerializer.Deserialize(e.GetString("Event"), CaseJson.Context.CaseEvent)!;

    /// <summary>A ledger row; <paramref name="ordinal"/> tells apart the postings of one event (a correction reverses, then books anew).</summary>
    public static TableEntity Ledger(LedgerPosting p, int ordinal) =>
        new(Partition(p.FacilityId), $"{LedgerPrefix}{p.Month}|{Keys.Safe(p.CaseId)}|{p.Sequence.ToString("D5", CultureInfo.InvariantCulture)}|{ordinal}")
        {
            ["Month"] = p.Month,
            ["RuleId"] = p.RuleId,
            ["CaseId"] = p.CaseId,
            ["Sequence"] = p.Sequence,
            ["AmountFen"] = Fen.Of(p.Amount),
            ["Kind"] = p.Kind.ToString(),
            ["Against"] = p.Against?.ToString(),
            ["Method"] = p.Method?.ToString(),
            ["Reference"] = p.Reference,
        };

    /// <summary>A ledger entry from its row; a row written before kinds were kept is a recovery.</summary>
    public static LedgerPosting Ledger(string facilityId, TableEntity e) =>
        new(facilityId, e.GetString("RuleId"), e.GetString("Month"), e.GetString("CaseId"), e.GetInt32("Sequence") ?? 0, Fen.Yuan(e.GetInt64("AmountFen") ?? 0),
            Enum.TryParse(e.GetString("Kind"), out LedgerKind kind) ? kind : LedgerKind.Recovery,
            Enum.TryParse(e.GetString("Against"), out LedgerKind against) ? against : null,
            Enum.TryParse(e.GetString("Method"), out ReceiptMethod method) ? method : null, e.GetString("Reference"));
}
