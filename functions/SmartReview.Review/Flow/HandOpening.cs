using System.Globalization;
using SmartReview.Kernel;
using SmartReview.Review.Support;

namespace SmartReview.Review.Flow;

/// <summary>
/// Cases people open (docs/decisions/0021). A supervisor's finding (inspection, tip, random sample) opens proposed
/// confirmed for the loss found, in the facility's appeal window (round 1), as a first review's decision would: the
/// supervisor counts as its first reviewer, so another supervisor finalises it. A facility's self-inspection report
/// opens in first review, proposed confirmed for its refund by the facility, for a reviewer to accept or reject.
/// </summary>
internal static class HandOpening
{
    public const int MaxId = 64;
    public const int MaxStatement = 4000;

    /// <summary>The pack name cases opened by hand carry: no rule pack judged them.</summary>
    public const string Pack = "manual";

    public static Opening Open(string caseId, OpenCase request, Actor by, DateTimeOffset now, ReviewSettings settings, WorkingCalendar calendar)
    {
        bool report = request.Origin == CaseOrigin.SelfReport;
        string? settlement = string.IsNullOrWhiteSpace(request.SettlementId) ? null : request.SettlementId.Trim();
        (Rejection? refused, string? field) = Check(request, by, report, settlement);
        if (refused is not null)
        {
            return Opening.Refuse(refused, field);
        }

        var flag = new FlagSummary(caseId, settlement ?? "", request.FacilityId.Trim(), "", RuleIdOf(request.Origin), Pack, Definite: !report,
            request.Amount, [], request.Statement.Trim(), request.Statement.Trim(), null, null, ChinaTime.Date(now), Origin: request.Origin);
        CaseEvent opened = report
            ? new(1, EventKind.CaseOpened, now, by.Id, by.Role, Stage.FirstReview, Stage.FirstReview, null, request.Amount, null,
                DueUtc: calendar.DueUtc(now, settings.ReviewDays), OutcomeAfter: Outcome.Confirmed, Flag: flag)
            : new(1, EventKind.CaseOpened, now, by.Id, by.Role, Stage.FirstReview, Stage.Appeal, null, request.Amount, null,
                DueUtc: calendar.DueUtc(now, settings.AppealWindowDays), OutcomeAfter: Outcome.Confirmed, Flag: flag);
        return new Opening(Fold.Start(opened), opened, null, null);
    }

    /// <summary>What stands for the rule on a case opened by hand (lists, ledger rows and exports group by it).</summary>
    public static string RuleIdOf(CaseOrigin origin) => origin switch
    {
        CaseOrigin.Inspection => "INSPECTION",
        CaseOrigin.Tip => "TIP",
        CaseOrigin.RandomSample => "RANDOM-SAMPLE",
        _ => "SELF-REPORT",
    };

    private static (Rejection?, string?) Check(OpenCase request, Actor by, bool report, string? settlement)
    {
        if (request.Origin is not (CaseOrigin.Inspection or CaseOrigin.Tip or CaseOrigin.RandomSample or CaseOrigin.SelfReport))
        {
            return (Texts.Reject(RejectionCode.InvalidCase, "Open_Origin", request.Origin), "origin");
        }

        if (report ? by.Role != Role.Facility : by.Role != Role.Supervisor)
        {
            return (Texts.Reject(RejectionCode.NotAllowed, report ? "Open_ReportRole" : "Open_FindingRole", by.Role), null);
        }

        if (report && by.FacilityId != request.FacilityId?.Trim())
        {
            return (Texts.Reject(RejectionCode.NotAllowed, "Open_OwnFacility", by.FacilityId), null);
        }

        return !IsId(request.FacilityId) ? (Texts.Reject(RejectionCode.InvalidCase, "Open_Facility", MaxId), "facilityId")
            : settlement is not null && !IsId(settlement) ? (Texts.Reject(RejectionCode.InvalidCase, "Open_Settlement", MaxId), "settlementId")
            : !Money.IsFen(request.Amount) ? (Texts.Reject(RejectionCode.InvalidAmount, "InvalidAmount_Fen", request.Amount.ToString(CultureInfo.InvariantCulture)), "amount")
            : request.Amount <= 0m ? (Texts.Reject(RejectionCode.InvalidAmount, "Open_Amount", request.Amount), "amount")
            : string.IsNullOrWhiteSpace(request.Statement) ? (Texts.Reject(RejectionCode.ReasonRequired, "Open_StatementRequired"), "statement")
            : request.Statement.Trim().Length > MaxStatement ? (Texts.Reject(RejectionCode.InvalidCase, "Open_StatementLength", MaxStatement), "statement")
            : (null, null);
    }

    /// <summary>An id: 1–64 characters, no spaces or control characters.</summary>
    private static bool IsId(string? id) =>
        id is not null && id.Trim() is { Length: > 0 and <= MaxId } t && !t.Any(c => char.IsControl(c) || char.IsWhiteSpace(c));
}
