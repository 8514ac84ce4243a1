using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Edge.Cases;

/// <summary>
/// <c>GET /api/cases/{key}</c> and <c>POST /api/cases/{key}/commands</c> once the caller is known. A case the caller may
/// not see (<see cref="CaseAccess"/>) is "not found", whichever way its key is written.
/// </summary>
public static class CaseApi
{
    /// <summary>200 with the case, its events (panel votes as <paramref name="votes"/> lets the caller see them) and who has it in hand; 404.</summary>
    public static async Task<IResult> GetAsync(string key, Actor? actor, ICaseStore cases, VoteVisibility votes, CancellationToken cancel)
    {
        if (!CaseAccess.TryOpen(key, actor, out CaseKey k) || await cases.GetAsync(k, cancel) is not { } stored)
        {
            return Problems.NotFound();
        }

        CaseSight sight = votes.For(actor!, stored.Case, await cases.EventsAsync(k, cancel));
        return Results.Ok(new CaseView(k.ToString(), sight.Case, sight.Events, stored.Assignment));
    }

    /// <summary>One decision, acted by <paramref name="actor"/>: 200, 404, 409 or 422 (<see cref="Problems.Of"/>); 400 without a command.</summary>
    public static async Task<IResult> CommandAsync(string key, CaseCommand? command, Actor? actor, CaseCommandHandler handler, CancellationToken cancel)
    {
        if (!CaseAccess.TryOpen(key, actor, out CaseKey k))
        {
            return Problems.NotFound();
        }

        return command is null ? Problems.BadRequest("no command") : Problems.Of(k, await handler.HandleAsync(k, command, actor!, cancel));
    }
}
