namespace SmartReview.Rules.Engine;

/// <summary>Collects the conditions a rule evaluates while explaining; null on the scoring hot path.</summary>
public sealed class Trace
{
    private readonly List<Condition> _conditions = [];

    public IReadOnlyList<Condition> Conditions => _conditions;

    public void Check(string key, bool holds, params object?[] values) =>
        _conditions.Add(new Condition(key, holds, [.. values.Select(Texts.Localize)]));
}
