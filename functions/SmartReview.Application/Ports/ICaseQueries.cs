using SmartReview.Application.Cases;

namespace SmartReview.Application.Ports;

/// <summary>Work lists for people: pages of open or closed cases, never a scan of all cases.</summary>
public interface ICaseQueries
{
    /// <summary>
    /// Open cases of <see cref="CaseQuery.Stage"/> (required) in <see cref="CaseQuery.Order"/>, from the case index or its
    /// sorted copies, across facilities.
    /// </summary>
    Task<CasePage> QueueAsync(CaseQuery query, CancellationToken cancel);

    /// <summary>How many open cases <see cref="QueueAsync"/> would list in all, pages together (continuation and order ignored).</summary>
    Task<QueueCount> CountAsync(CaseQuery query, CancellationToken cancel);

    /// <summary>
    /// The cases of one facility (<see cref="CaseQuery.FacilityId"/>, required), closed ones included, read from that
    /// facility's own partition only: what a facility user may list.
    /// </summary>
    Task<CasePage> FacilityCasesAsync(CaseQuery query, CancellationToken cancel);
}
