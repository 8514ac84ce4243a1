using SmartReview.Application.Cases;
using SmartReview.Review;

namespace SmartReview.Functions;

/// <summary>A case as <c>GET cases/{key}</c> shows it: key, state, every event in order, who has it in hand.</summary>
internal sealed record CaseView(string Key, ReviewCase Case, IReadOnlyList<CaseEvent> Events, CaseClaim? Claim);
