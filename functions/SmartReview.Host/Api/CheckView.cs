using System.Globalization;
using SmartReview.Application.Check;
using SmartReview.Rules.Engine;

namespace SmartReview.Host.Api;

/// <summary>The answer of <c>POST /api/check</c>: the settlement's flags against the pack, each with its explanation.</summary>
internal sealed record CheckView(string SettlementId, string Pack, IReadOnlyList<CheckedFlagView> Flags)
{
    public static CheckView Of(CheckOutcome outcome) => new(outcome.SettlementId!, outcome.Pack!, [.. outcome.Flags.Select(CheckedFlagView.Of)]);
}

/// <summary>One flag in both languages, and the conditions its rule checked (holds = points toward the violation).</summary>
internal sealed record CheckedFlagView(string Id, string RuleId, string? RuleCode, string Pack, string Family, string Result, string Severity,
    IReadOnlyList<string> LineIds, decimal Amount, string? KnowledgeId, string? RelatedSettlementId, string MessageZh, string MessageEn,
    IReadOnlyList<ConditionView> Explanation)
{
    public static CheckedFlagView Of(CheckedFlag c)
    {
        Flag f = c.Flag;
        return new(f.Id, f.RuleId, f.RuleCode, f.Pack, f.Family, f.Result.ToString().ToLowerInvariant(), f.Severity.ToString().ToLowerInvariant(),
            f.LineIds, f.Amount, f.KnowledgeId, f.RelatedSettlementId, f.Message.ZhCn, f.Message.En, [.. c.Explanation.Conditions.Select(ConditionView.Of)]);
    }
}

/// <summary>One condition checked, with its values filled into the sentence of each language.</summary>
internal sealed record ConditionView(string Key, bool Holds, string TextZh, string TextEn)
{
    private static readonly CultureInfo Zh = CultureInfo.GetCultureInfo("zh-CN");
    private static readonly CultureInfo En = CultureInfo.GetCultureInfo("en");

    public static ConditionView Of(Condition c) => new(c.Key, c.Holds, c.Text(Zh), c.Text(En));
}
