using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Families;

/// <summary>
/// Split admission (分解住院): the same person admitted again at the same facility within <c>interval_days</c>
/// (default 15) of a discharge there. Every such pair of stays is flagged once, on the later stay, whichever of the
/// two is scored first; the amount at stake is the later stay's total. Parameter <c>same_facility</c> (default
/// true) widens the check to any facility when false.
/// </summary>
internal sealed class SplitAdmission : IRuleFamily
{
    public string Name => "split_admission";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.SetByReviewer;

    public CompiledRule Compile(RuleInput input)
    {
        var p = input.Parameters;
        int interval = p.Int("interval_days", 0, 365, 15);
        bool sameFacility = p.Bool("same_facility", true);
        return new Rule(input.Rule, interval, sameFacility);
    }

    private sealed class Rule(RuleDefinition definition, int intervalDays, bool sameFacility) : CompiledRule(definition, [])
    {
        /// <summary>At least 1: the scorer reads no history for a window of 0, and interval_days 0 (same day) is valid.</summary>
        public override int HistoryWindowDays => Math.Max(1, intervalDays);

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Neighbours.Count == 0 && context.Trace is null)
            {
                return;
            }

            StayRecord current = context.Stay;
            context.Trace?.Check("Check_History", context.Neighbours.Count > 0, context.Neighbours.Count, intervalDays);
            for (int i = 0; i < context.Neighbours.Count; i++)
            {
                StayRecord other = context.Neighbours[i];
                bool facilityFits = !sameFacility || other.FacilityId == current.FacilityId;
                bool otherFirst = other.Discharge <= current.Admission;
                if (otherFirst && current.Discharge <= other.Admission)
                {
                    // Both stays within one China day: dates cannot order them, so the settlement ids do, the same way
                    // whichever of the two is scored second.
                    otherFirst = string.CompareOrdinal(other.SettlementId, current.SettlementId) < 0;
                    Check(context, earlier: otherFirst ? other : current, later: otherFirst ? current : other, facilityFits);
                }
                else if (otherFirst)
                {
                    Check(context, earlier: other, later: current, facilityFits);
                }
                else if (current.Discharge <= other.Admission)
                {
                    Check(context, earlier: current, later: other, facilityFits);
                }
            }
        }

        private void Check(RuleContext context, StayRecord earlier, StayRecord later, bool facilityFits)
        {
            int gap = later.Admission.DayNumber - earlier.Discharge.DayNumber;
            bool breaks = facilityFits && gap <= intervalDays && AppliesTo(later, context.Basis);
            context.Trace?.Check("Check_Readmission", breaks, earlier.SettlementId, earlier.Discharge, later.SettlementId, later.Admission, gap, intervalDays, facilityFits);
            if (breaks)
            {
                object facility = earlier.FacilityId == later.FacilityId ? Texts.Of("Facility_Same") : Texts.Format("Facility_Named", [earlier.FacilityId]);
                object?[] values = [later.Admission, gap, earlier.SettlementId, earlier.Discharge, intervalDays, later.Total, facility];
                context.EmitFor(this, later, [], later.Total, "Flag_split_admission", values, null, earlier.SettlementId);
            }
        }
    }
}
