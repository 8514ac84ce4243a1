using SmartReview.Application.Cases;
using SmartReview.Application.Screening;
using SmartReview.Edge.Cases;
using SmartReview.Review;
using SmartReview.Rules.Settlements;

namespace SmartReview.Edge;

/// <summary>The problem-details answers of the API, in one place so every endpoint of either app says them alike.</summary>
public static class Problems
{
    public static IResult Unauthorized() => Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Not signed in");

    public static IResult Forbidden(string detail) => Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Forbidden", detail: detail);

    public static IResult BadRequest(string detail) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    /// <summary>400 for a query parameter that does not read (e.g. <c>asOf</c>): its name and what it should be.</summary>
    public static IResult BadParameter(string parameter) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request",
        detail: BasisQuery.Expected(parameter), extensions: new Dictionary<string, object?> { ["parameter"] = parameter });

    /// <summary>400 for a settlement that does not parse or validate: the field path and the reason.</summary>
    public static IResult InvalidSettlement(RecordError e) => Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Invalid settlement",
        detail: $"{e.Field}: {e.Reason}", extensions: new Dictionary<string, object?> { ["field"] = e.Field, ["reason"] = e.Reason });

    public static IResult NotFound() => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "No such case");

    public static IResult Conflict() => Results.Problem(statusCode: StatusCodes.Status409Conflict, title: "The case changed meanwhile",
        detail: "Someone else decided on this case first; read it again and decide on what it is now.");

    /// <summary>422: the review flow refused; the code and both messages travel as they are.</summary>
    public static IResult Refused(Rejection r) => Results.Problem(statusCode: StatusCodes.Status422UnprocessableEntity, title: r.Code.ToString(),
        detail: r.MessageEn, extensions: new Dictionary<string, object?> { ["code"] = r.Code.ToString(), ["messageZh"] = r.MessageZh, ["messageEn"] = r.MessageEn });

    /// <summary>What a command's result is over HTTP: Done 200, Rejected 422, Conflict 409, NotFound 404.</summary>
    public static IResult Of(CaseKey key, CommandResult result) => result.Status switch
    {
        CommandStatus.Done => Results.Ok(new CommandView(key.ToString(), result.Case!, result.Events)),
        CommandStatus.Conflict => Conflict(),
        CommandStatus.Rejected => Refused(result.Rejection!),
        _ => NotFound(),
    };
}
