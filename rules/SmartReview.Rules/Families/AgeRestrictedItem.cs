using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item restricted to an age band (newborns, children, adults, the elderly) charged outside it. Attributes: see
/// <see cref="AgeBand"/>. Age is taken on the line's charge date.
/// </summary>
internal sealed class AgeRestrictedItem : ItemRestriction<AgeBand>
{
    public override string Name => "age_restricted_item";

    protected override AgeBand ReadLimit(ValueReader attributes) => AgeBand.Read(attributes);

    protected override bool Breaks(RuleContext context, LineItem line, AgeBand limit)
    {
        DateOnly on = ChinaTime.Date(line.ChargedAt);
        Person person = context.Settlement.Person;
        bool breaks = limit.Excludes(person, on);
        context.Trace?.Check("Check_Age", breaks, line.LineId, line.Code, limit.Describe(), person.AgeInYears(on), person.AgeInDays(on));
        return breaks;
    }

    protected override IEnumerable<object?> Describe(RuleContext context, AgeBand limit) =>
        [limit.Describe(), context.Settlement.Person.AgeInYears(context.Settlement.AdmissionDate)];
}
