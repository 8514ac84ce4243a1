using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Planting;

/// <summary>sex_restricted_code: a diagnosis or operation for one sex (attribute <c>sex</c> M/F) coded for the other. Planted on a person of the other sex.</summary>
internal sealed class SexRestrictedCodePlanter(CompiledRule rule) : CodeRestrictionPlanter(rule)
{
    private readonly Sex[] _sexes = [.. rule.Entries.Select(e => Reader(e.Attributes).String("sex", ["M", "F"]) == "F" ? Sex.Female : Sex.Male)];

    protected override bool Breaks(Person person, int admissionDay, int entry) => person.Sex != _sexes[entry];
}
