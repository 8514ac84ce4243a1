using System.Security.Claims;
using SmartReview.Application.Check;
using SmartReview.Application.Screening;
using SmartReview.Host.Auth;
using SmartReview.Review;
using SmartReview.Rules.Engine;

namespace SmartReview.Host.Api;

/// <summary>
/// <c>POST /api/check</c>: one settlement (docs/settlement-format.md) in, its flags and explanations out; nothing is
/// recorded. <c>?asOf=yyyy-MM-dd</c> or <c>?basis=current</c> chooses the rules that judge it (default: those in force on
/// its discharge date). Reviewers, supervisors and administrators check any settlement, a facility user its own facility's only.
/// </summary>
internal static class CheckEndpoints
{
    private const int MaxBytes = 4 << 20;

    public static IEndpointRouteBuilder MapCheck(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/check", CheckAsync).RequireAuthorization(Policies.Check);
        return app;
    }

    private static async Task<IResult> CheckAsync(HttpRequest request, string? asOf, string? basis, ClaimsPrincipal user, SignedIn signedIn,
        RealTimeCheck check, TimeProvider clock, CancellationToken cancel)
    {
        if (signedIn.Actor(user) is not { } actor)
        {
            return Problems.Forbidden("no role");
        }

        if (!BasisQuery.TryRead(basis, asOf, clock, out ScreeningBasis chosen, out string? bad))
        {
            return Problems.BadParameter(bad!);
        }

        if (request.ContentLength > MaxBytes)
        {
            return Problems.BadRequest($"a settlement is at most {MaxBytes} bytes");
        }

        CheckOutcome outcome;
        using (PooledBody? body = await PooledBody.ReadAsync(request, MaxBytes, cancel))
        {
            if (body is null)
            {
                return Problems.BadRequest($"a settlement is at most {MaxBytes} bytes");
            }

            outcome = await check.CheckAsync(body.Bytes, actor.Role == Role.Facility ? actor.FacilityId : null, chosen, cancel);
        }

        return outcome.Status switch
        {
            CheckStatus.Checked => Results.Ok(CheckView.Of(outcome)),
            CheckStatus.OtherFacility => Problems.Forbidden("a facility user checks its own facility's settlements only"),
            _ => Problems.InvalidSettlement(outcome.Error!),
        };
    }
}
