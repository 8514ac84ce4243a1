using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;

namespace SmartReview.Rules.Families;

/// <summary>
/// Frequent admissions (频繁住院): a stay that is the (<c>max_admissions</c> + 1)-th or later admission of the person,
/// at any facility, within <c>window_days</c> (admission dates, the stay's own day included). Each such stay is
/// flagged exactly once whatever the order stays arrive in; the amount at stake is its total.
/// </summary>
internal sealed class VisitFrequency : IRuleFamily
{
    public string Name => "visit_frequency";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.SetByReviewer;

    public CompiledRule Compile(RuleInput input)
    {
        var p = input.Parameters;
        return new Rule(input.Rule, p.Int("max_admissions", 1, 100), p.Int("window_days", 1, 366));
    }

    private sealed class Rule(RuleDefinition definition, int maxAdmissions, int windowDays) : CompiledRule(definition, [])
    {
        /// <summary>Twice the window: a later neighbour's own window reaches that far back.</summary>
        public override int HistoryWindowDays => 2 * windowDays;

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            // Alone, the stay is its own first admission, and max_admissions is at least 1.
            if (context.Neighbours.Count == 0 && context.Trace is null)
            {
                return;
            }

            StayRecord current = context.Stay;
            IReadOnlyList<StayRecord> neighbours = context.Neighbours;
            for (int i = 0; i <= neighbours.Count; i++)
            {
                StayRecord stay = i < neighbours.Count ? neighbours[i] : current;
                if (!Within(current, stay))
                {
                    continue;
                }

                int count = 1; // the current stay, within as checked above
                for (int j = 0; j < neighbours.Count; j++)
                {
                    count += Within(neighbours[j], stay) ? 1 : 0;
                }

                context.Trace?.Check("Check_Admissions", count > maxAdmissions, stay.SettlementId, count, windowDays, maxAdmissions);

                // The current stay's arrival raised this count by one: it crosses the limit now, and only now.
                if ((count == maxAdmissions + 1 || stay == current && count > maxAdmissions) && AppliesTo(stay, context.Basis))
                {
                    object?[] values = [stay.Admission, count, windowDays, maxAdmissions, stay.Total];
                    context.EmitFor(this, stay, [], stay.Total, "Flag_visit_frequency", values, null, null);
                }
            }
        }

        /// <summary>Whether <paramref name="earlier"/>'s admission counts in the window that ends with <paramref name="stay"/>'s.</summary>
        private bool Within(StayRecord earlier, StayRecord stay) =>
            earlier.Admission <= stay.Admission && stay.Admission.DayNumber - earlier.Admission.DayNumber < windowDays;
    }
}
