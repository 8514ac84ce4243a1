using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Prophylactic antibiotics beyond the perioperative window (围手术期抗菌药物预防性应用): lines of the knowledge set's
/// drugs charged more than <c>max_hours</c> (default 48) after the main operation's time. Settlements with a
/// diagnosis in parameter <c>infection_diagnoses</c> (therapeutic use) or without a timed operation are not checked.
/// The late lines are flagged; their whole amount is at stake.
/// </summary>
internal sealed class PerioperativeWindow : IRuleFamily
{
    public string Name => "perioperative_window";

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input)
    {
        var p = input.Parameters;
        return new Rule(input.Rule, input.Entries, p.Int("max_hours", 1, 24 * 30, 48), new CodePatterns(p.Has("infection_diagnoses") ? p.Strings("infection_diagnoses", true) : []));
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, int maxHours, CodePatterns infections)
        : CompiledRule(definition, entries)
    {
        public override IEnumerable<IndexedCode> IndexedCodes => Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0)));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            int main = 0;
            while (main < s.Operations.Count && !s.Operations[main].Main)
            {
                main++;
            }

            DateTime? operated = main < s.Operations.Count ? s.Operations[main].PerformedAt : null;

            bool infected = DiagnosisMatch.First(s.Diagnoses, infections) is not null;
            context.Trace?.Check("Check_Operated", operated is not null && !infected, operated is null ? null : ChinaTime.Local(operated.Value), infected);
            if (operated is null || infected)
            {
                return;
            }

            DateTime deadline = operated.Value.AddHours(maxHours);
            int[] late = [.. hits.ToArray().Select(h => h.Line).Distinct().Where(i => s.Lines[i].ChargedAt > deadline).Order()];
            context.Trace?.Check("Check_Perioperative", late.Length > 0, late.Length, maxHours, ChinaTime.Local(deadline));
            if (late.Length > 0)
            {
                decimal amount = late.Sum(i => s.Lines[i].Amount);
                object?[] values = [ChinaTime.Local(operated.Value).ToString("yyyy-MM-dd HH:mm"), maxHours, late.Length, s.Lines[late[0]].Name, amount];
                context.Emit(this, late, amount, "Flag_perioperative_window", values);
            }
        }
    }
}
