namespace SmartReview.Functions;

/// <summary>Which claims of the Easy Auth principal carry the user's id, role and facility (the host's <c>Auth</c> names).</summary>
internal sealed record CallerClaims
{
    public string IdClaim { get; init; } = "sub";

    public string RoleClaim { get; init; } = "roles";

    public string FacilityClaim { get; init; } = "facility";
}
