namespace SmartReview.Host.Tests.Support;

/// <summary>The demo users of functions/SmartReview.Host/demo-users.json (all with <see cref="Password"/>) and their facilities.</summary>
internal static class Users
{
    public const string Password = "smartreview-demo";
    public const string FacilityA = "H33010000001";
    public const string FacilityB = "H33010000002";

    public const string Reviewer1 = "rev-1";
    public const string Reviewer2 = "rev-2";
    public const string Panel1 = "pan-1";
    public const string Supervisor = "sup-1";
    public const string Supervisor2 = "sup-2";
    public const string Admin = "admin-1";
    public const string UserOfA = "fac-1";
    public const string UserOfB = "fac-2";

    /// <summary>No sign-in at all.</summary>
    public const string Anonymous = "";

    public static IReadOnlyList<string> All { get; } = [Anonymous, Reviewer1, Panel1, Supervisor, Admin, UserOfA, UserOfB];
}
