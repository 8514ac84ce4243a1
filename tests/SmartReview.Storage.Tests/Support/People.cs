using SmartReview.Review;

namespace SmartReview.Storage.Tests.Support;

/// <summary>The people of the review flow tests.</summary>
internal static class People
{
    public static readonly Actor Reviewer1 = new("rev-1", Role.Reviewer);
    public static readonly Actor Reviewer2 = new("rev-2", Role.Reviewer);
    public static readonly Actor Supervisor = new("sup-1", Role.Supervisor);
    public static readonly Actor[] Panel = [new("pan-1", Role.PanelMember), new("pan-2", Role.PanelMember), new("pan-3", Role.PanelMember)];

    public static Actor Facility(string id) => new($"user-{id}", Role.Facility, id);
}
