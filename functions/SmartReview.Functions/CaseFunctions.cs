using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary>
/// <c>GET /api/cases/{key}</c> and <c>POST /api/cases/{key}/commands</c> (body: a <see cref="CaseCommand"/>), as in the
/// host. Any of the five roles; a facility user reaches its own facility's cases only, any other is "not found".
/// </summary>
internal sealed class CaseFunctions(ICaseStore cases, CaseCommandHandler handler, CallerClaims claims)
{
    private static readonly Role[] AnyRole = [Role.Reviewer, Role.Facility, Role.PanelMember, Role.Supervisor, Role.Administrator];

    [Function("GetCase")]
    public async Task<IResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{key}")] HttpRequest request, string key,
        CancellationToken cancel)
    {
        if (CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], claims, AnyRole, out Actor actor) is { } refused)
        {
            return refused;
        }

        return Visible(key, actor, out CaseKey k) && await cases.GetAsync(k, cancel) is { } stored
            ? Results.Ok(new CaseView(k.ToString(), stored.Case, await cases.EventsAsync(k, cancel), stored.Claim))
            : Problems.NotFound();
    }

    [Function("CaseCommand")]
    public async Task<IResult> CommandAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases/{key}/commands")] HttpRequest request,
        string key, [DurableClient] DurableTaskClient durable, CancellationToken cancel)
    {
        if (CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], claims, AnyRole, out Actor actor) is { } refused)
        {
            return refused;
        }

        if (!Visible(key, actor, out CaseKey k))
        {
            return Problems.NotFound();
        }

        CaseCommand? command;
        try
        {
            command = await request.ReadFromJsonAsync(FunctionsJsonContext.Default.CaseCommand, cancel);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Problems.BadRequest("not a command: " + e.Message);
        }

        if (command is null)
        {
            return Problems.BadRequest("no command");
        }

        using (InvocationDeadlineTimers.Use(durable))
        {
            return Problems.Of(k, await handler.HandleAsync(k, command, actor, cancel));
        }
    }

    /// <summary>Whether <paramref name="actor"/> may look for this key at all: a facility user only in its own facility.</summary>
    private static bool Visible(string key, Actor actor, out CaseKey k) =>
        CaseKey.TryParse(key, out k) && (actor.Role != Role.Facility || actor.FacilityId == k.FacilityId);
}
