using Microsoft.Azure.Functions.Worker;
using SmartReview.Application.Check;
using SmartReview.Edge.Auth;
using SmartReview.Edge.Check;
using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary><c>POST /api/check</c> (<see cref="CheckApi"/>): reviewers, supervisors, administrators and facility users (their own facility's settlements).</summary>
internal sealed class CheckFunctions(RealTimeCheck check, SignedIn signedIn, TimeProvider clock)
{
    private static readonly Role[] Allowed = [Role.Reviewer, Role.Supervisor, Role.Administrator, Role.Facility];

    [Function("Check")]
    public async Task<IResult> CheckAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "check")] HttpRequest request, CancellationToken cancel) =>
        CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], signedIn, Allowed, out Actor actor) ?? await CheckApi.CheckAsync(request, actor, check, clock, cancel);
}
