using System.Globalization;

namespace SmartReview.Workflow;

/// <summary>The orchestration instance id of a due instant: the same instant always names the same timer.</summary>
public static class DeadlineInstance
{
    public static string IdOf(DateTimeOffset dueUtc) =>
        "deadline-" + dueUtc.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
