using SmartReview.Application.Check;

namespace SmartReview.Functions;

/// <summary>The answer of <c>POST check</c>: the settlement's flags against the pack on a basis, in both languages.</summary>
internal sealed record CheckView(string SettlementId, string Pack, string Basis, IReadOnlyList<CheckView.FlagView> Flags)
{
    public static CheckView Of(CheckOutcome outcome) => new(outcome.SettlementId!, outcome.Pack!, outcome.Basis.ToString(),
        [.. outcome.Flags.Select(c => new FlagView(c.Flag.Id, c.Flag.RuleId, c.Flag.Family, c.Flag.Severity.ToString().ToLowerInvariant(), c.Flag.Amount,
            c.Flag.Message.ZhCn, c.Flag.Message.En))]);

    /// <summary>One flag; the full explanation tree is the host's <c>POST /api/check</c>.</summary>
    internal sealed record FlagView(string Id, string RuleId, string Family, string Severity, decimal Amount, string MessageZh, string MessageEn);
}
