using SmartReview.Rules.Knowledge;

namespace SmartReview.Rules.Families;

/// <summary>
/// Items that must not be charged together, when the knowledge does not say which item contains which (a duplicate
/// charge or unbundling point whose sides are prose): two or more different codes of one entry charged on one day go to
/// a reviewer with the official wording (<see cref="SameDayCodes"/>). One item alone is never flagged. Rules of this
/// family should be suspicious.
/// </summary>
internal sealed class TextRestrictedPair : SameDayCodes
{
    public override string Name => "text_restricted_pair";

    protected override string CheckKey => "Check_Together";

    protected override object?[] Values(KnowledgeEntry entry, DateOnly day, string first, string next, int codes, decimal amount) =>
        [entry.ItemName, day, first, next, codes, amount, entry.Text];
}
