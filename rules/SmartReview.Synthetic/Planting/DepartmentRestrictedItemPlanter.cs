using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// department_restricted_item: an item restricted to departments (attribute <c>departments</c>, codes or prefixes)
/// ordered by another; the line's ordering department is checked. The background orders such an item from one of its
/// departments (a consultation); a plant leaves it to the stay's own department, which none of them matches.
/// </summary>
internal sealed class DepartmentRestrictedItemPlanter(CompiledRule rule) : ItemRestrictionPlanter<DepartmentRestrictedItemPlanter.Limit>(rule, Read)
{
    internal sealed record Limit(CodePatterns Departments, string Consulting);

    protected override int ItemsTried => 12;

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => !limit.Departments.Matches(line.Department ?? d.Department);

    protected override bool Fit(StayDraft d, DraftLine line, Limit limit)
    {
        if (line.Department is null && Breaks(d, line, limit))
        {
            line.Department = limit.Consulting;
        }

        return !Breaks(d, line, limit);
    }

    private static Limit Read(ValueReader a)
    {
        IReadOnlyList<string> departments = a.Strings("departments", required: true);
        return new Limit(new CodePatterns(departments), departments[0].TrimEnd('*'));
    }
}
