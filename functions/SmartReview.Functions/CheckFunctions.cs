using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using SmartReview.Application.Check;
using SmartReview.Application.Screening;
using SmartReview.Review;
using SmartReview.Rules.Engine;

namespace SmartReview.Functions;

/// <summary>
/// <c>POST /api/check</c>: one settlement in, its flags out, on the basis <c>?asOf=</c> / <c>?basis=</c> chooses; nothing
/// is recorded. Reviewers, supervisors and
/// administrators check any settlement, a facility user its own facility's only.
/// </summary>
internal sealed class CheckFunctions(RealTimeCheck check, CallerClaims claims, TimeProvider clock)
{
    private const int MaxBytes = 4 << 20;
    private static readonly Role[] Allowed = [Role.Reviewer, Role.Supervisor, Role.Administrator, Role.Facility];

    [Function("Check")]
    public async Task<IResult> CheckAsync([HttpTrigger(AuthorizationLevel.Anonymous, "post", Route = "check")] HttpRequest request, CancellationToken cancel)
    {
        if (CallerPrincipal.Refusal(request.Headers[CallerPrincipal.Header], claims, Allowed, out Actor actor) is { } refused)
        {
            return refused;
        }

        if (!BasisQuery.TryRead(request.Query["basis"], request.Query["asOf"], clock, out ScreeningBasis basis, out string? bad))
        {
            return Problems.BadParameter(bad!);
        }

        if (request.ContentLength > MaxBytes)
        {
            return Problems.BadRequest($"a settlement is at most {MaxBytes} bytes");
        }

        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body, cancel);
        if (body.Length > MaxBytes)
        {
            return Problems.BadRequest($"a settlement is at most {MaxBytes} bytes");
        }

        CheckOutcome outcome = await check.CheckAsync(body.GetBuffer().AsMemory(0, (int)body.Length), actor.Role == Role.Facility ? actor.FacilityId : null, basis, cancel);
        return outcome.Status switch
        {
            CheckStatus.Checked => Results.Ok(CheckView.Of(outcome)),
            CheckStatus.OtherFacility => Problems.Forbidden("a facility user checks its own facility's settlements only"),
            _ => Problems.BadRequest($"{outcome.Error!.Field}: {outcome.Error.Reason}"),
        };
    }
}
