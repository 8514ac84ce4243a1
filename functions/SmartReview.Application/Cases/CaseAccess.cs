using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Who may see a case at all: anyone with a role sees any case, except a facility user, who sees only its own
/// facility's. Every API, page and handler asks here; a case one may not see is answered as "not found".
/// </summary>
public static class CaseAccess
{
    public static bool MaySee(Actor? actor, CaseKey key) =>
        actor is not null && (actor.Role != Role.Facility || actor.FacilityId == key.FacilityId);

    /// <summary>The key as written in a URL, when it reads and <paramref name="actor"/> may see its case.</summary>
    public static bool TryOpen(string key, Actor? actor, out CaseKey k) => CaseKey.TryParse(key, out k) && MaySee(actor, k);
}
