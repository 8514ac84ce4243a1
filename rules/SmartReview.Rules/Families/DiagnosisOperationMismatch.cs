using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Main diagnosis and main operation that do not fit (诊断编码与手术操作编码不符): knowledge entries name operation
/// codes or prefixes with attribute <c>diagnoses</c>, the main diagnoses they go with. A mismatch puts the grouping
/// of the claim in doubt, so the settlement total is at stake.
/// </summary>
internal sealed class DiagnosisOperationMismatch : IRuleFamily
{
    public string Name => "diagnosis_operation_mismatch";

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.SetByReviewer;

    public CompiledRule Compile(RuleInput input)
    {
        CodePatterns[] diagnoses = [.. input.Entries.Select(e => new CodePatterns(input.Attributes(e).Strings("diagnoses", required: true)))];
        return new Rule(input.Rule, input.Entries, EntryIndex.Of(input.Entries), diagnoses);
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, CodeIndex operations, CodePatterns[] diagnoses)
        : CompiledRule(definition, entries)
    {
        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            Operation? main = MainOperation(s.Operations);
            if (main is null)
            {
                return;
            }

            foreach (Hit hit in operations.Lookup(main.Code))
            {
                int i = hit.Entry;
                bool breaks = !diagnoses[i].Matches(s.MainDiagnosis.Code);
                context.Trace?.Check("Check_OperationDiagnosis", breaks, main.Code, s.MainDiagnosis.Code, diagnoses[i].Text);
                if (breaks)
                {
                    object?[] values = [main.Code, main.Name, s.MainDiagnosis.Code, s.MainDiagnosis.Name, diagnoses[i].Text, s.Totals.Total];
                    context.Emit(this, [], s.Totals.Total, "Flag_diagnosis_operation_mismatch", values, Entries[i].Id);
                }
            }
        }

        private static Operation? MainOperation(IReadOnlyList<Operation> operations)
        {
            for (int i = 0; i < operations.Count; i++)
            {
                if (operations[i].Main)
                {
                    return operations[i];
                }
            }

            return null;
        }
    }
}
