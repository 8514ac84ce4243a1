using System.Text.Json.Serialization;
using SmartReview.Review;

namespace SmartReview.Application.Cases;

/// <summary>
/// Where a case stands, as its orchestration follows it: the version (the last event's sequence), the stage, the
/// deadline and how many panel votes are in. A person's decision sends one (queue <c>case-flows</c>); the case's
/// orchestration keeps the newest it has seen. The case row stays the record; this is a copy of its head.
/// </summary>
public sealed record CaseFlow(string FacilityId, string CaseId, int Version, Stage Stage, DateTimeOffset? DueUtc, int Votes,
    Outcome? FinalOutcome = null, decimal? Amount = null)
{
    [JsonIgnore]
    public CaseKey Key => new(FacilityId, CaseId);

    [JsonIgnore]
    public bool Closed => Stage == Stage.Closed;

    public static CaseFlow Of(ReviewCase c) =>
        new(c.Flag.FacilityId, c.CaseId, c.Version, c.Stage, c.DueUtc, c.Votes.Count, c.FinalOutcome, c.Amount);
}
