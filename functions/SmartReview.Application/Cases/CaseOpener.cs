using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Opens a case a person asks for (<see cref="OpenCase"/>): the review flow checks who asks and what they give
/// (<see cref="ReviewFlow.OpenByHand"/>); a supervisor's finding must name a facility the bureau knows
/// (<see cref="IFacilities"/>); a self-report is the facility's own. The case and its opening event are stored as a
/// flag's are (<see cref="ICaseStore.OpenAsync"/>), its deadline armed, and its orchestration told, as after any
/// person's decision. The id is new ("M" and 24 hex), so every request opens a case of its own.
/// </summary>
public sealed class CaseOpener(ICaseStore cases, IFacilities facilities, ReviewSettings settings, WorkingCalendar calendar, TimeProvider clock,
    IDeadlineTimers? timers = null, IWorkQueue<CaseFlow>? flows = null)
{
    public async Task<CaseOpening> HandleAsync(OpenCase request, Actor by, CancellationToken cancel)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(by);
        Opening opening = ReviewFlow.OpenByHand(NewId(), request, by, clock.GetUtcNow(), settings, calendar);
        if (!opening.Ok)
        {
            return CaseOpening.Refused(opening.Rejected!, opening.Field);
        }

        ReviewCase opened = opening.Case!;
        if (request.Origin != CaseOrigin.SelfReport && !await facilities.KnownAsync(opened.Flag.FacilityId, cancel).ConfigureAwait(false))
        {
            return CaseOpening.Refused(new Rejection(RejectionCode.InvalidCase, $"未知的医疗机构：{opened.Flag.FacilityId}（须为已有病例的定点医疗机构）",
                $"unknown facility: {opened.Flag.FacilityId} (it must be a facility the bureau has cases for)"), "facilityId");
        }

        await cases.OpenAsync([new OpenedCase(opened, opening.Opened!)], cancel).ConfigureAwait(false);
        if (timers is not null && opened.DueUtc is { } due)
        {
            await timers.ArmAsync([due], cancel).ConfigureAwait(false);
        }

        if (flows is not null)
        {
            await flows.SendAsync(CaseFlow.Of(opened), cancel).ConfigureAwait(false);
        }

        return new CaseOpening(new CaseKey(opened.Flag.FacilityId, opened.CaseId), opened, opening.Opened, null, null);
    }

    private static string NewId() => "M" + Guid.NewGuid().ToString("n")[..24];
}
