using Microsoft.AspNetCore.Authorization;
using SmartReview.Edge.Auth;

namespace SmartReview.Host.Auth;

/// <summary>
/// The authorization policies; every endpoint names one (the fallback, for any endpoint that forgets, is "signed in").
/// A signed-in user with none of the five roles gets 403 from all of them.
/// </summary>
internal static class Policies
{
    /// <summary>Any of the five roles: what the case endpoints require (facility users then see only their own).</summary>
    public const string AnyRole = "any-role";

    /// <summary>Supervisors and administrators: batches, any facility's ledger.</summary>
    public const string Oversight = "oversight";

    /// <summary>Supervisors, administrators and facility users (their own facility): the ledger.</summary>
    public const string Ledger = "ledger";

    /// <summary>Reviewers, supervisors, administrators and facility users (their own facility's settlements): the real-time check.</summary>
    public const string Check = "check";

    /// <summary>Supervisors and administrators: the dashboard.</summary>
    public const string Reports = "reports";

    /// <summary>Reviewers, supervisors, administrators and facility users (their own facility): the Excel exports.</summary>
    public const string Exports = "exports";

    /// <summary>Reviewers, supervisors and administrators: the work queues.</summary>
    public const string Reviewing = "reviewing";

    /// <summary>Panel members: the cases awaiting their vote.</summary>
    public const string Voting = "voting";

    /// <summary>Facility users: their facility's portal.</summary>
    public const string FacilityUser = "facility-user";

    /// <summary>Supervisors, reviewers and facility users (their own cases' entries): the doctor-points register.</summary>
    public const string Points = "points";

    public static AuthorizationBuilder AddSmartReviewPolicies(this AuthorizationBuilder auth) => auth
        .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
        .AddPolicy(AnyRole, p => p.RequireRole(RoleNames.All))
        .AddPolicy(Oversight, p => p.RequireRole(RoleNames.Supervisor, RoleNames.Admin))
        .AddPolicy(Reports, p => p.RequireRole(RoleNames.Supervisor, RoleNames.Admin))
        .AddPolicy(Ledger, p => p.RequireRole(RoleNames.Supervisor, RoleNames.Admin, RoleNames.Facility))
        .AddPolicy(Exports, p => p.RequireRole(RoleNames.Reviewer, RoleNames.Supervisor, RoleNames.Admin, RoleNames.Facility))
        .AddPolicy(Reviewing, p => p.RequireRole(RoleNames.Reviewer, RoleNames.Supervisor, RoleNames.Admin))
        .AddPolicy(Voting, p => p.RequireRole(RoleNames.Panel))
        .AddPolicy(FacilityUser, p => p.RequireRole(RoleNames.Facility))
        .AddPolicy(Points, p => p.RequireRole(RoleNames.Supervisor, RoleNames.Reviewer, RoleNames.Facility))
        .AddPolicy(Check, p => p.RequireRole(RoleNames.Reviewer, RoleNames.Supervisor, RoleNames.Admin, RoleNames.Facility));
}
