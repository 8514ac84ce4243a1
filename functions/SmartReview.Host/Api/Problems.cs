using SmartReview.Review;

namespace SmartReview.Host.Api;

/// <summary>The problem-details answers the case API gives, in one place so every endpoint says them alike.</summary>
internal static class Problems
{
    public static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such case");

    public static IResult Forbidden(string detail) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    public static IResult Conflict() => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The case changed meanwhile",
        detail: "Someone else decided on this case first; read it again and decide on what it is now.");

    /// <summary>422: the review flow refused; the code and both messages travel as they are.</summary>
    public static IResult Refused(Rejection r) => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: r.Code.ToString(),
        detail: r.MessageEn, extensions: new Dictionary<string, object?> { ["code"] = r.Code.ToString(), ["messageZh"] = r.MessageZh, ["messageEn"] = r.MessageEn });
}
