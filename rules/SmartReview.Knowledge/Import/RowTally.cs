namespace SmartReview.Knowledge.Import;

/// <summary>Running counts for one batch and rule while an import runs; becomes a report row at the end.</summary>
internal sealed class RowTally(string batch, string ruleName, string? ruleCode, string? family, string? set)
{
    public string Batch => batch;
    public string RuleName => ruleName;
    public string? RuleCode { get; set; } = ruleCode;
    public string? Family => family;
    public string? Set => set;
    public int Read { get; set; }
    public int Checkable { get; set; }
    public int TextOnly { get; set; }
    public int Withdrawals { get; set; }
    public int Skipped { get; set; }
    public int Restated { get; set; }
    public int SupersededLater { get; set; }
    public int WithdrawnLater { get; set; }
    public SortedDictionary<string, int> TextReasons { get; } = new(StringComparer.Ordinal);
    public SortedDictionary<string, int> SkipReasons { get; } = new(StringComparer.Ordinal);

    /// <summary>Points read as each shape (pair, frequency, age…), checkable or not.</summary>
    public SortedDictionary<string, int> Shapes { get; } = new(StringComparer.Ordinal);

    public void Skip(string reason)
    {
        Skipped++;
        SkipReasons[reason] = SkipReasons.GetValueOrDefault(reason) + 1;
    }

    public void Text(string reason)
    {
        TextOnly++;
        TextReasons[reason] = TextReasons.GetValueOrDefault(reason) + 1;
    }
}
