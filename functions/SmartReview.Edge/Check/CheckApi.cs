using SmartReview.Application.Check;
using SmartReview.Application.Screening;
using SmartReview.Review;
using SmartReview.Rules.Engine;

namespace SmartReview.Edge.Check;

/// <summary>
/// <c>POST /api/check</c> once the caller is known: one settlement (docs/settlement-format.md) in, its flags and
/// explanations out; nothing is recorded. <c>?asOf=yyyy-MM-dd</c> or <c>?basis=current</c> chooses the rules that judge
/// it (default: those in force on its discharge date). A facility user checks its own facility's settlements only.
/// </summary>
public static class CheckApi
{
    public const int MaxBytes = 4 << 20;

    public static async Task<IResult> CheckAsync(HttpRequest request, Actor? actor, RealTimeCheck check, TimeProvider clock, CancellationToken cancel)
    {
        if (actor is null)
        {
            return Problems.Forbidden("no role");
        }

        if (!BasisQuery.TryRead(request.Query["basis"], request.Query["asOf"], clock, out ScreeningBasis chosen, out string? bad))
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
