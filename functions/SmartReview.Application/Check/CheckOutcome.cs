using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Application.Check;

/// <summary>
/// What a real-time check answers: the flags of one settlement against <see cref="Pack"/> on <see cref="Basis"/>
/// (resolved for the settlement), or why it could not check.
/// </summary>
public sealed record CheckOutcome(CheckStatus Status, string? SettlementId, string? Pack, IReadOnlyList<CheckedFlag> Flags, RecordError? Error,
    ScreeningBasis Basis = default)
{
    public static CheckOutcome Checked(string settlementId, string pack, ScreeningBasis basis, IReadOnlyList<CheckedFlag> flags) =>
        new(CheckStatus.Checked, settlementId, pack, flags, null, basis);

    public static CheckOutcome Invalid(string? settlementId, RecordError error) => new(CheckStatus.Invalid, settlementId, null, [], error);

    public static CheckOutcome OtherFacility(string settlementId) => new(CheckStatus.OtherFacility, settlementId, null, [], null);
}
