using SmartReview.Application.Cases;
using SmartReview.Edge;
using SmartReview.Review;

namespace SmartReview.Functions.Tests;

/// <summary>A command's result over HTTP, as the host answers it.</summary>
public sealed class ProblemsTests
{
    private static readonly CaseKey Key = new("H001", "F1");

    [Fact]
    public void Of_Done_Is200()
    {
        // Arrange
        var state = new ReviewCase("F1", null!, 2, default, null, null, null, null, null, null, [], 0, false, DateTimeOffset.UnixEpoch, null, DateTimeOffset.UnixEpoch);

        // Act
        IResult result = Problems.Of(Key, new CommandResult(CommandStatus.Done, state, [], null));

        // Assert
        Assert.Equal(StatusCodes.Status200OK, CallerPrincipalTests.Status(result));
    }

    [Fact]
    public void Of_Rejected_Is422()
    {
        // Arrange
        var rejection = new Rejection(RejectionCode.WrongStage, "阶段不符", "wrong stage");

        // Act
        IResult result = Problems.Of(Key, new CommandResult(CommandStatus.Rejected, null, [], rejection));

        // Assert
        Assert.Equal(StatusCodes.Status422UnprocessableEntity, CallerPrincipalTests.Status(result));
    }

    [Fact]
    public void Of_Conflict_Is409()
    {
        // Act
        IResult result = Problems.Of(Key, new CommandResult(CommandStatus.Conflict, null, [], null));

        // Assert
        Assert.Equal(StatusCodes.Status409Conflict, CallerPrincipalTests.Status(result));
    }

    [Fact]
    public void Of_NotFound_Is404()
    {
        // Act
        IResult result = Problems.Of(Key, CommandResult.NotFound);

        // Assert
        Assert.Equal(StatusCodes.Status404NotFound, CallerPrincipalTests.Status(result));
    }

    [Fact]
    public void BadParameter_AsOf_Is400NamingIt()
    {
        // Act
        IResult result = Problems.BadParameter("asOf");

        // Assert
        Assert.Equal(StatusCodes.Status400BadRequest, CallerPrincipalTests.Status(result));
        var problem = Assert.IsType<Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult>(result);
        Assert.Equal("asOf", problem.ProblemDetails.Extensions["parameter"]);
        Assert.StartsWith("asOf must be a date", problem.ProblemDetails.Detail, StringComparison.Ordinal);
    }
}
