using System.Text;
using System.Text.Json;
using SmartReview.Edge.Auth;
using SmartReview.Review;

namespace SmartReview.Functions.Tests;

/// <summary>The Easy Auth principal header read as the host reads a token: id, the first known role, a facility user's facility.</summary>
public sealed class CallerPrincipalTests
{
    private static readonly SignedIn Names = new(new ClaimNames());

    [Fact]
    public void Parse_Reviewer_IsReviewerActor()
    {
        // Arrange
        string header = Header(("sub", "u1"), ("roles", "reviewer"));

        // Act
        Actor? actor = CallerPrincipal.Parse(header, Names);

        // Assert
        Assert.Equal(new Actor("u1", Role.Reviewer), actor);
    }

    [Fact]
    public void Parse_FacilityWithFacilityClaim_IsBoundToItsFacility()
    {
        // Arrange
        string header = Header(("sub", "f1"), ("roles", "facility"), ("facility", "H001"));

        // Act
        Actor? actor = CallerPrincipal.Parse(header, Names);

        // Assert
        Assert.Equal(new Actor("f1", Role.Facility, "H001"), actor);
    }

    [Fact]
    public void Parse_FacilityWithoutFacilityClaim_IsNull()
    {
        // Arrange
        string header = Header(("sub", "f1"), ("roles", "facility"));

        // Act
        Actor? actor = CallerPrincipal.Parse(header, Names);

        // Assert
        Assert.Null(actor);
    }

    [Fact]
    public void Parse_SeveralRoles_ActsInTheHostsFirst()
    {
        // Arrange
        string header = Header(("sub", "u1"), ("roles", "reviewer"), ("roles", "supervisor"));

        // Act
        Actor? actor = CallerPrincipal.Parse(header, Names);

        // Assert
        Assert.Equal(Role.Supervisor, actor?.Role);
    }

    [Fact]
    public void Parse_RoleUnderPrincipalsRoleType_IsRead()
    {
        // Arrange
        const string roleType = "http://schemas.microsoft.com/ws/2008/06/identity/claims/role";
        string header = Header(roleType, ("sub", "p1"), (roleType, "panel"));

        // Act
        Actor? actor = CallerPrincipal.Parse(header, Names);

        // Assert
        Assert.Equal(new Actor("p1", Role.PanelMember), actor);
    }

    [Theory]
    [InlineData("not base64 at all!")]
    [InlineData("bm90IGpzb24=")]
    [InlineData("WzEsMl0=")]
    public void Parse_Garbage_IsNull(string header)
    {
        // Act
        Actor? actor = CallerPrincipal.Parse(header, Names);

        // Assert
        Assert.Null(actor);
    }

    [Fact]
    public void Refusal_NoHeader_Is401()
    {
        // Act
        IResult? refusal = CallerPrincipal.Refusal(null, Names, [Role.Reviewer], out _);

        // Assert
        Assert.Equal(StatusCodes.Status401Unauthorized, Status(refusal));
    }

    [Fact]
    public void Refusal_UnknownRole_Is403()
    {
        // Arrange
        string header = Header(("sub", "u1"), ("roles", "auditor"));

        // Act
        IResult? refusal = CallerPrincipal.Refusal(header, Names, [Role.Reviewer, Role.Supervisor], out _);

        // Assert
        Assert.Equal(StatusCodes.Status403Forbidden, Status(refusal));
    }

    [Fact]
    public void Refusal_RoleNotAllowedHere_Is403()
    {
        // Arrange
        string header = Header(("sub", "p1"), ("roles", "panel"));

        // Act
        IResult? refusal = CallerPrincipal.Refusal(header, Names, [Role.Reviewer, Role.Facility], out _);

        // Assert
        Assert.Equal(StatusCodes.Status403Forbidden, Status(refusal));
    }

    [Fact]
    public void Refusal_AllowedRole_IsNullWithTheActor()
    {
        // Arrange
        string header = Header(("sub", "u1"), ("roles", "reviewer"));

        // Act
        IResult? refusal = CallerPrincipal.Refusal(header, Names, [Role.Reviewer], out Actor actor);

        // Assert
        Assert.Null(refusal);
        Assert.Equal(new Actor("u1", Role.Reviewer), actor);
    }

    internal static int? Status(IResult? result) => (result as IStatusCodeHttpResult)?.StatusCode;

    private static string Header(params (string Type, string Value)[] claims) => Header("roles", claims);

    private static string Header(string roleType, params (string Type, string Value)[] claims) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["auth_typ"] = "aad",
            ["claims"] = claims.Select(c => new Dictionary<string, string> { ["typ"] = c.Type, ["val"] = c.Value }).ToArray(),
            ["name_typ"] = "name",
            ["role_typ"] = roleType,
        })));
}
