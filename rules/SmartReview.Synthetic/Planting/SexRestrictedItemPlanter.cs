using SmartReview.Rules.Engine;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>sex_restricted_item: an item for one sex (attribute <c>sex</c> M/F) charged for the other. Planted on a person of the other sex.</summary>
internal sealed class SexRestrictedItemPlanter(CompiledRule rule)
    : ItemRestrictionPlanter<SexRestrictedItemPlanter.Limit>(rule, a => new Limit(a.String("sex", ["M", "F"]) == "F" ? Sex.Female : Sex.Male))
{
    internal sealed record Limit(Sex Sex);

    public override bool Shape(StayPlan plan, PlantingContext c)
    {
        bool male = false, female = false;
        for (int i = 0; i < Limits.Length; i++)
        {
            if (Usable(i))
            {
                male |= Limits[i].Sex == Sex.Male;
                female |= Limits[i].Sex == Sex.Female;
            }
        }

        if (!(male && female))
        {
            Sex wanted = male ? Sex.Female : Sex.Male;
            plan.RequirePerson((p, _, _) => p.Sex == wanted);
        }

        return true;
    }

    protected override bool Breaks(StayDraft d, DraftLine line, Limit limit) => d.Person.Sex != limit.Sex;

    public override bool Suits(Person person, int admissionDay, int dischargeDay, CoverageHit hit) => person.Sex == Limits[hit.Entry].Sex;
}
