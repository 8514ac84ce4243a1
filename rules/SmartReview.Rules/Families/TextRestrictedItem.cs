using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item whose restriction is prose a machine cannot check (an indication in words, second-line use): every use is
/// sent to a reviewer with the official wording (the entry's text). Rules of this family should be suspicious.
/// Attribute <c>kind</c> (e.g. indication, second_line) says what the reviewer checks.
/// </summary>
internal sealed class TextRestrictedItem : ItemRestriction<TextRestrictedItem.Limit>
{
    internal sealed record Limit(string Kind);

    public override string Name => "text_restricted_item";

    protected override Limit ReadLimit(ValueReader attributes) =>
        new(attributes.String("kind", ["indication", "second_line", "course", "other"], "other"));

    protected override bool Breaks(RuleContext context, LineItem line, Limit limit)
    {
        context.Trace?.Check("Check_TextRestriction", true, line.LineId, line.Code, Texts.Of("Restriction_" + limit.Kind));
        return true;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, Limit limit) => [Texts.Of("Restriction_" + limit.Kind)];

    protected override bool WithEntryText => true;
}
