using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// A main diagnosis with none of the care it calls for (疾病诊断编码异常: e.g. pneumonia with no antibiotic), a
/// sign of an inflated diagnosis. Knowledge entries name diagnosis codes or prefixes with attribute
/// <c>treatments</c>: item codes or prefixes. Suspicious; the settlement total is at stake (the grouping).
/// </summary>
internal sealed class DiagnosisWithoutTreatment : IRuleFamily
{
    public string Name => "diagnosis_without_treatment";

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.SetByReviewer;

    public CompiledRule Compile(RuleInput input)
    {
        CodePatterns[] treatments = [.. input.Entries.Select(e => new CodePatterns(input.Attributes(e).Strings("treatments", required: true)))];
        return new Rule(input.Rule, input.Entries, EntryIndex.Of(input.Entries), treatments);
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, CodeIndex diagnoses, CodePatterns[] treatments)
        : CompiledRule(definition, entries)
    {
        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            foreach (Hit hit in diagnoses.Lookup(s.MainDiagnosis.Code))
            {
                int i = hit.Entry;
                bool treated = Treated(s.Lines, treatments[i]);
                context.Trace?.Check("Check_Treatment", !treated, s.MainDiagnosis.Code, treatments[i].Text);
                if (!treated)
                {
                    object?[] values = [s.MainDiagnosis.Code, s.MainDiagnosis.Name, Entries[i].ItemName, s.Totals.Total];
                    context.Emit(this, [], s.Totals.Total, "Flag_diagnosis_without_treatment", values, Entries[i].Id);
                }
            }
        }

        private static bool Treated(IReadOnlyList<LineItem> lines, CodePatterns treatments)
        {
            for (int i = 0; i < lines.Count; i++)
            {
                if (treatments.Matches(lines[i].Code))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
