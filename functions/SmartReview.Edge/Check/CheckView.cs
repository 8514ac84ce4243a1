using System.Globalization;
using SmartReview.Application.Check;
using SmartReview.Rules.Engine;

namespace SmartReview.Edge.Check;

/// <summary>The answer of <c>POST /api/check</c>: the settlement's flags against the pack on a basis, each with its explanation.</summary>
public sealed record CheckView(string SettlementId, string Pack, string Basis, IReadOnlyList<CheckedFlagView> Flags)
{
    public static CheckView Of(CheckOutcome outcome) =>
        new(outcome.SettlementId!, outcome.Pack!, outcome.Basis.ToString(), [.. outcome.Flags.Select(CheckedFlagView.Of)]);
}

/// <summary>
/// One flag in both languages, the pack version and basis that judged it, and the conditions its rule checked (holds =
/// points toward the violation).
/// </summary>
public sealed record CheckedFlagView(string Id, string RuleId, string? RuleCode, string Pack, string Basis, string Family, string Result, string Severity,
    IReadOnlyList<string> LineIds, decimal Amount, string? KnowledgeId, string? RelatedSettlementId, string MessageZh, string MessageEn,
    string JudgedByZh, string JudgedByEn, IReadOnlyList<ConditionView> Explanation)
{
    public static CheckedFlagView Of(CheckedFlag c)
    {
        Flag f = c.Flag;
        return new(f.Id, f.RuleId, f.RuleCode, f.Pack, f.Basis.ToString(), f.Family, f.Result.ToString().ToLowerInvariant(),
            f.Severity.ToString().ToLowerInvariant(), f.LineIds, f.Amount, f.KnowledgeId, f.RelatedSettlementId, f.Message.ZhCn, f.Message.En,
            f.JudgedBy.ZhCn, f.JudgedBy.En, [.. c.Explanation.Conditions.Select(ConditionView.Of)]);
    }
}

/// <summary>One condition checked, with its values filled into the sentence of each language.</summary>
public sealed record ConditionView(string Key, bool Holds, string TextZh, string TextEn)
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    public static ConditionView Of(Condition c) => new(c.Key, c.Holds, c.Text(Zh), c.Text(En));
}
