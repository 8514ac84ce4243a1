using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Families;

/// <summary>
/// Two stays of one person at two facilities that overlap in time (冒名/借卡就医 signal): the later-admitted stay is
/// flagged once per pair, whichever is scored first; a transfer (discharge and admission on the same day) is not an
/// overlap. The amount at stake is the later stay's total.
/// </summary>
internal sealed class OverlappingStays : IRuleFamily
{
    public string Name => "overlapping_stays";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.SetByReviewer;

    public CompiledRule Compile(RuleInput input) => new Rule(input.Rule);

    private sealed class Rule(RuleDefinition definition) : CompiledRule(definition, [])
    {
        public override int HistoryWindowDays => 1;

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Neighbours.Count == 0)
            {
                return;
            }

            StayRecord current = context.Stay;
            for (int i = 0; i < context.Neighbours.Count; i++)
            {
                StayRecord other = context.Neighbours[i];
                bool overlaps = other.FacilityId != current.FacilityId
                    && current.Admission < other.Discharge && other.Admission < current.Discharge;
                context.Trace?.Check("Check_Overlap", overlaps, other.SettlementId, other.FacilityId, other.Admission, other.Discharge);
                (StayRecord earlier, StayRecord later) = Later(current, other) ? (other, current) : (current, other);
                if (overlaps && AppliesTo(later, context.Basis))
                {
                    object?[] values = [later.FacilityId, later.Admission, later.Discharge, earlier.FacilityId, earlier.Admission, earlier.Discharge, later.Total];
                    context.EmitFor(this, later, [], later.Total, "Flag_overlapping_stays", values, null, earlier.SettlementId);
                }
            }
        }

        /// <summary>Admitted later, or the same day with the larger settlement id, so each pair has one later stay.</summary>
        private static bool Later(StayRecord a, StayRecord b) =>
            a.Admission != b.Admission ? a.Admission > b.Admission : string.CompareOrdinal(a.SettlementId, b.SettlementId) > 0;
    }
}
