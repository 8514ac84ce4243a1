using SmartReview.Review;

namespace SmartReview.Edge.Auth;

/// <summary>
/// The role values a sign-in carries (in the cookie, a token's role claim or Easy Auth's principal) and the review role
/// each acts as. A user with several acts in the first of <see cref="All"/> it holds.
/// </summary>
public static class RoleNames
{
    public const string Supervisor = "supervisor";
    public const string Panel = "panel";
    public const string Reviewer = "reviewer";
    public const string Facility = "facility";
    public const string Admin = "admin";

    public static IReadOnlyList<string> All { get; } = [Supervisor, Panel, Reviewer, Facility, Admin];

    public static Role ToReview(string name) => name switch
    {
        Supervisor => Role.Supervisor,
        Panel => Role.PanelMember,
        Reviewer => Role.Reviewer,
        Facility => Role.Facility,
        Admin => Role.Administrator,
        _ => throw new ArgumentOutOfRangeException(nameof(name), name, "unknown role"),
    };
}
