using SmartReview.Application.Cases;

namespace SmartReview.Workflow;

/// <summary>The orchestration instance id of a case: <c>case|{facility}|{case}</c>, each id percent-encoded so none can run into the next.</summary>
public static class CaseInstance
{
    public static string IdOf(CaseKey key) => $"case|{Uri.EscapeDataString(key.FacilityId)}|{Uri.EscapeDataString(key.CaseId)}";
}
