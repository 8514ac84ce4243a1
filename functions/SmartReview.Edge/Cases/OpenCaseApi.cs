using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Edge.Cases;

/// <summary>
/// <c>POST /api/cases</c> once the caller is known: a supervisor opens a case from an inspection, a tip or a random
/// sample; a facility files its own self-inspection report (its facility is filled in when the body leaves it out).
/// </summary>
public static class OpenCaseApi
{
    /// <summary>
    /// 201 with the new case and its opening event (<c>Location: /api/cases/{key}</c>); 400 naming the field at fault
    /// (<c>field</c>, <c>code</c>, <c>messageZh</c>, <c>messageEn</c>); 403 for a role that may not open this kind, or a
    /// facility filing for another.
    /// </summary>
    public static async Task<IResult> OpenAsync(OpenCase? request, Actor? actor, CaseOpener opener, CancellationToken cancel)
    {
        if (actor is null)
        {
            return Problems.Forbidden("no role");
        }

        if (request is null)
        {
            return Problems.BadRequest("body: a case to open is expected ({origin, facilityId, settlementId?, amount, statement})");
        }

        if (request.Origin == CaseOrigin.SelfReport && actor.Role == Role.Facility && string.IsNullOrWhiteSpace(request.FacilityId))
        {
            request = request with { FacilityId = actor.FacilityId! };
        }

        CaseOpening opened = await opener.HandleAsync(request, actor, cancel);
        if (opened.Ok)
        {
            return Results.Created($"/api/cases/{opened.Key}", new CommandView(opened.Key.ToString(), opened.Case!, [opened.Opened!]));
        }

        Rejection r = opened.Rejection!;
        var details = new Dictionary<string, object?> { ["code"] = r.Code.ToString(), ["messageZh"] = r.MessageZh, ["messageEn"] = r.MessageEn };
        if (opened.NotAllowed)
        {
            return Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: r.MessageEn, extensions: details);
        }

        details["field"] = opened.Field;
        return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid case", detail: $"{opened.Field}: {r.MessageEn}", extensions: details);
    }
}
