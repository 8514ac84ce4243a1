using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask.Client;
using SmartReview.Application.Cases;
using SmartReview.Application.Ports;
using SmartReview.Edge;
using SmartReview.Edge.Auth;
using SmartReview.Edge.Cases;
using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary>
/// <c>GET /api/cases</c> (<see cref="CaseListApi"/>), <c>POST /api/cases</c> (<see cref="OpenCaseApi"/>), <c>GET /api/cases/{key}</c> and <c>POST /api/cases/{key}/commands</c>
/// (<see cref="CaseApi"/>), to any of the five roles.
/// </summary>
internal sealed class CaseFunctions(ICaseStore cases, ICaseQueries queries, CaseCommandHandler handler, CaseOpener opener, VoteVisibility votes,
    SignedIn signedIn)
{
    private static readonly Role[] AnyRole = [Role.Reviewer, Role.Facility, Role.PanelMember, Role.Supervisor, Role.Administrator];

    [Function("ListCases")]
    public async Task<IResult> ListAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases")] HttpRequest request, CancellationToken cancel) =>
        CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], signedIn, AnyRole, out Actor actor)
        ?? await CaseListApi.ListAsync(CaseListRequest.From(request.Query), actor, queries, cancel);

    [Function("OpenCase")]
    public async Task<IResult> OpenAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases")] HttpRequest request,
        [DurableClient] DurableTaskClient durable, CancellationToken cancel)
    {
        if (CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], signedIn, AnyRole, out Actor actor) is { } refused)
        {
            return refused;
        }

        OpenCase? body;
        try
        {
            body = await request.ReadFromJsonAsync(EdgeJsonContext.Default.OpenCase, cancel);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Problems.BadRequest("not a case to open: " + e.Message);
        }

        using (InvocationDeadlineTimers.Use(durable))
        {
            return await OpenCaseApi.OpenAsync(body, actor, opener, cancel);
        }
    }

    [Function("GetCase")]
    public async Task<IResult> GetAsync([HttpTrigger(AuthorizationLevel.Anonymous, "get", Route = "cases/{key}")] HttpRequest request, string key,
        CancellationToken cancel) =>
        CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], signedIn, AnyRole, out Actor actor) ?? await CaseApi.GetAsync(key, actor, cases, votes, cancel);

    [Function("CaseCommand")]
    public async Task<IResult> CommandAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "cases/{key}/commands")] HttpRequest request,
        string key, [DurableClient] DurableTaskClient durable, CancellationToken cancel)
    {
        if (CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], signedIn, AnyRole, out Actor actor) is { } refused)
        {
            return refused;
        }

        CaseCommand? command;
        try
        {
            command = await request.ReadFromJsonAsync(EdgeJsonContext.Default.CaseCommand, cancel);
        }
        catch (System.Text.Json.JsonException e)
        {
            return Problems.BadRequest("not a command: " + e.Message);
        }

        using (InvocationDeadlineTimers.Use(durable))
        {
            return await CaseApi.CommandAsync(key, command, actor, handler, cancel);
        }
    }
}
