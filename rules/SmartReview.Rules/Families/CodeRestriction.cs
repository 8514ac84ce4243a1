using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Shared shape of the coding families: knowledge entries name diagnosis (ICD-10) or operation (ICD-9-CM-3) codes or
/// prefixes with a limit (a sex, an age band); a code of the settlement that an entry covers and whose limit the
/// patient breaks is flagged. Parameter <c>target</c>: diagnosis (default) or operation. A coding error puts the
/// whole claim in doubt, so the amount at stake is the settlement total. One flag per entry.
/// </summary>
internal abstract class CodeRestriction<TLimit> : IRuleFamily where TLimit : class
{
    public abstract string Name { get; }

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.SetByReviewer;

    protected abstract TLimit ReadLimit(ValueReader attributes);

    /// <summary>True when the patient breaks the limit. Trace the condition with its values.</summary>
    protected abstract bool Breaks(RuleContext context, string code, TLimit limit);

    /// <summary>Values after {0} code, {1} code name, {2} amount.</summary>
    protected abstract IEnumerable<object?> Describe(RuleContext context, TLimit limit);

    public CompiledRule Compile(RuleInput input)
    {
        var p = input.Parameters;
        bool operations = p.String("target", ["diagnosis", "operation"], "diagnosis") == "operation";
        TLimit[] limits = [.. input.Entries.Select(e => ReadLimit(input.Attributes(e)))];
        return new Rule(this, input.Rule, input.Entries, limits, EntryIndex.Of(input.Entries), operations);
    }

    private sealed class Rule(CodeRestriction<TLimit> family, RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, TLimit[] limits,
        CodeIndex index, bool operations) : CompiledRule(definition, entries)
    {
        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            int count = operations ? s.Operations.Count : s.Diagnoses.Count;
            for (int c = 0; c < count; c++)
            {
                (string code, string name) = operations ? (s.Operations[c].Code, s.Operations[c].Name) : (s.Diagnoses[c].Code, s.Diagnoses[c].Name);
                foreach (Hit hit in index.Lookup(code))
                {
                    int entry = hit.Entry;
                    if (family.Breaks(context, code, limits[entry]))
                    {
                        object?[] values = [code, name, s.Totals.Total, .. family.Describe(context, limits[entry])];
                        context.Emit(this, [], s.Totals.Total, "Flag_" + family.Name, values, Entries[entry].Id);
                    }
                }
            }
        }
    }
}
