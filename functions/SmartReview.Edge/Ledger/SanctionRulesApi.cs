using SmartReview.Review;

namespace SmartReview.Edge.Ledger;

/// <summary>
/// <c>GET /api/sanction-rules?loss=</c>: the legal bases of a fine with the range each allows (for a confirmed loss, if
/// given) and the months a department may be suspended, as the review flow checks them. For any of the five roles.
/// </summary>
public static class SanctionRulesApi
{
    /// <summary>200 with the rules; 400 for a negative or sub-fen loss; 403 for a caller without a role.</summary>
    public static IResult Get(decimal? loss, Actor? actor, ReviewSettings settings)
    {
        if (actor is null || actor.Role == Role.System)
        {
            return Problems.Forbidden("no role");
        }

        if (loss is < 0m || (loss is { } l && decimal.Round(l, 2) != l))
        {
            return Problems.BadRequest("loss is an amount in yuan with fen, at least 0");
        }

        SanctionRules rules = settings.SanctionRules;
        return Results.Ok(new SanctionRulesView(loss,
            [.. rules.Bases.Select(b => loss is { } x ? new BasisView(b, b.Range(x).Min, b.Range(x).Max) : new BasisView(b, null, null))],
            rules.MinSuspensionMonths, rules.MaxSuspensionMonths));
    }
}
