using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item that needs another in the same stay (药品与医疗服务项目不符, 医用耗材与医疗服务项目不符; 限二线使用 where the
/// first-line drugs are known): the entry's item charged with none of attribute <c>requires</c> (codes or prefixes).
/// One flag per entry; the amount at stake is the whole amount of the item's lines.
/// </summary>
internal sealed class PrerequisiteItem : IRuleFamily
{
    private const byte Item = 0, Required = 1;

    public string Name => "prerequisite_item";

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input)
    {
        IReadOnlyList<string>[] requires = [.. input.Entries.Select(e =>
            input.Attributes(e).Strings("requires", required: true))];
        return new Rule(input.Rule, input.Entries, requires);
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<string>[] requires)
        : CompiledRule(definition, entries)
    {
        public override IEnumerable<IndexedCode> IndexedCodes =>
            Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, Item)).Concat(requires[i].Select(c => new IndexedCode(c, i, Required))));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Trace is null && !AnyMissing(hits))
            {
                return;
            }

            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            foreach (IGrouping<int, Hit> entry in hits.ToArray().GroupBy(h => h.Entry))
            {
                int[] items = [.. entry.Where(h => h.Role == Item).Select(h => h.Line)];
                bool hasRequired = entry.Any(h => h.Role == Required);
                string wanted = string.Join("、", requires[entry.Key]);
                context.Trace?.Check("Check_Prerequisite", items.Length > 0 && !hasRequired, Entries[entry.Key].ItemName, items.Length, wanted);
                if (items.Length > 0 && !hasRequired)
                {
                    decimal amount = items.Sum(i => lines[i].Amount);
                    object?[] values = [Entries[entry.Key].ItemName, lines[items[0]].Code, items.Length, amount, wanted];
                    context.Emit(this, items, amount, "Flag_prerequisite_item", values, Entries[entry.Key].Id);
                }
            }
        }

        /// <summary>Whether some entry's item is charged without what it requires (the hits come grouped by entry).</summary>
        private static bool AnyMissing(ReadOnlySpan<Hit> hits)
        {
            int start = 0;
            while (start < hits.Length)
            {
                bool item = false, required = false;
                int end = start;
                for (; end < hits.Length && hits[end].Entry == hits[start].Entry; end++)
                {
                    item |= hits[end].Role == Item;
                    required |= hits[end].Role == Required;
                }

                if (item && !required)
                {
                    return true;
                }

                start = end;
            }

            return false;
        }
    }
}
