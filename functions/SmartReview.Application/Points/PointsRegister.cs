using SmartReview.Application.Ports;
using SmartReview.Review;
using SmartReview.Review.Points;

namespace SmartReview.Application.Points;

/// <summary>
/// Reads the doctor-points register for one actor. Supervisors and reviewers read every person and entry. A facility
/// user reads only people with entries on its own cases, and of them only those entries; the year's total and status
/// are the person's across facilities (the facility must stop a suspended doctor billing), but a threshold crossed
/// by another facility's entry is not named. Anyone else reads nothing (null). Points are recorded through
/// <see cref="Cases.CaseCommandHandler"/> like any case command.
/// </summary>
public sealed class PointsRegister(IDoctorPoints store, ReviewSettings settings, TimeProvider clock)
{
    /// <summary>The scale and thresholds in force.</summary>
    public PointsScale Scale => settings.Points;

    /// <summary>The calendar year (China time) now.</summary>
    public int ThisYear => PointsStanding.YearOf(clock.GetUtcNow());

    public static bool MayRead(Actor? actor) => actor?.Role is Role.Supervisor or Role.Reviewer or Role.Facility;

    /// <summary>Everyone with entries in <paramref name="year"/> the actor may see, most points first; null when the actor may not read the register.</summary>
    public async Task<IReadOnlyList<PointsStanding>?> YearAsync(Actor? actor, int year, CancellationToken cancel)
    {
        if (!MayRead(actor))
        {
            return null;
        }

        IReadOnlyList<PointsEntry> entries = await store.YearAsync(year, cancel).ConfigureAwait(false);
        return [.. entries.GroupBy(e => e.PersonId, StringComparer.Ordinal)
            .Select(g => Sight(actor!, PointsStanding.Of(g.Key, year, g, settings.Points)))
            .OfType<PointsStanding>()
            .OrderByDescending(s => s.Total).ThenBy(s => s.PersonId, StringComparer.Ordinal)];
    }

    /// <summary>One person's record as the actor may see it; null when the actor may not read it (a facility: no entry on its cases).</summary>
    public async Task<PersonRecord?> PersonAsync(Actor? actor, string personId, CancellationToken cancel)
    {
        if (!MayRead(actor) || string.IsNullOrWhiteSpace(personId))
        {
            return null;
        }

        IReadOnlyList<PointsEntry> entries = await store.PersonAsync(personId, cancel).ConfigureAwait(false);
        int thisYear = ThisYear;
        PointsStanding[] years = [.. entries.Select(e => e.Year).Append(thisYear).Distinct().OrderDescending()
            .Select(y => PointsStanding.Of(personId, y, entries, settings.Points))
            .Select(s => Sight(actor!, s) ?? (actor!.Role == Role.Facility && s.Year == thisYear ? Hidden(s) : null))
            .OfType<PointsStanding>()];
        return actor!.Role == Role.Facility && years.All(s => s.Entries.Count == 0) ? null : new PersonRecord(personId, years);
    }

    /// <summary>The standing as the actor may see it; null for a facility with no entry in it.</summary>
    private static PointsStanding? Sight(Actor actor, PointsStanding s)
    {
        if (actor.Role != Role.Facility)
        {
            return s;
        }

        bool Own(PointsEntry? e) => e?.FacilityId == actor.FacilityId;
        PointsEntry[] own = [.. s.Entries.Where(Own)];
        return own.Length == 0 ? null : s with
        {
            Entries = own,
            SuspendedBy = Own(s.SuspendedBy) ? s.SuspendedBy : null,
            TerminatedBy = Own(s.TerminatedBy) ? s.TerminatedBy : null,
        };
    }

    private static PointsStanding Hidden(PointsStanding s) => s with { Entries = [], SuspendedBy = null, TerminatedBy = null };
}
