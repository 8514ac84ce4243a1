using System.Diagnostics.CodeAnalysis;

namespace SmartReview.Rules.Settlements;

/// <summary>A parsed settlement, or the error that rejected it. <see cref="SettlementId"/> is set when it could be read.</summary>
public readonly record struct ParseResult(Settlement? Settlement, RecordError? Error, string? SettlementId)
{
    [MemberNotNullWhen(true, nameof(Settlement))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool Ok => Settlement is not null;
}
