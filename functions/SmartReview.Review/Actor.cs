namespace SmartReview.Review;

/// <summary>Who acts: a person (or the platform) in one role; a facility actor names its facility.</summary>
public sealed record Actor(string Id, Role Role, string? FacilityId = null)
{
    /// <summary>The id the platform acts under when it opens cases and decides panels.</summary>
    public const string SystemId = "system";

    /// <summary>The platform itself.</summary>
    public static Actor System { get; } = new(SystemId, Role.System);
}
