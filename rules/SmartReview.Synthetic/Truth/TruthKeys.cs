namespace SmartReview.Synthetic.Truth;

/// <summary>The matching key of a flag or a planted violation.</summary>
public static class TruthKeys
{
    public static string Of(string settlementId, string ruleId, IEnumerable<string> lineIds, string? related)
    {
        string[] sorted = [.. lineIds];
        Array.Sort(sorted, StringComparer.Ordinal);
        return string.Join('\u001f', [settlementId, ruleId, related ?? "", .. sorted]);
    }
}
