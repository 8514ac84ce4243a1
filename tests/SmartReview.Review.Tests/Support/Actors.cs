namespace SmartReview.Review.Tests.Support;

/// <summary>The people of a case: two reviewers, the facility and another, a panel, a supervisor, an administrator, the timer.</summary>
internal static class Actors
{
    public const string FacilityId = "H001";

    public static readonly Actor Reviewer = new("rev-1", Role.Reviewer);
    public static readonly Actor ReReviewer = new("rev-2", Role.Reviewer);
    public static readonly Actor Facility = new("fac-user", Role.Facility, FacilityId);
    public static readonly Actor OtherFacility = new("fac-other", Role.Facility, "H999");
    public static readonly Actor Supervisor = new("sup-1", Role.Supervisor);
    public static readonly Actor Administrator = new("admin-1", Role.Administrator);
    public static readonly Actor Timer = new("timer", Role.System);

    public static Actor Panel(int n) => new($"panel-{n}", Role.PanelMember);

    /// <summary>The same person in another role: separation of duties goes by id, not role.</summary>
    public static Actor As(this Actor actor, Role role) => actor with { Role = role };
}
