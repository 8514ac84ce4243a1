using SmartReview.Rules.Engine;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// diagnosis_restricted_item: an item payable only for indications (attribute <c>diagnoses</c>, codes or prefixes)
/// charged on a stay with none of them. Background uses need a matching diagnosis; plants pick an entry none matches.
/// </summary>
internal sealed class DiagnosisRestrictedItemPlanter(CompiledRule rule)
    : ItemRestrictionPlanter<CodePatterns>(rule, a => new CodePatterns(a.Strings("diagnoses", required: true)))
{
    protected override bool Breaks(StayDraft d, DraftLine line, CodePatterns limit)
    {
        foreach (var diagnosis in d.Diagnoses)
        {
            if (limit.Matches(diagnosis.Code))
            {
                return false;
            }
        }

        return true;
    }
}
