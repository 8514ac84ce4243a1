using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item charged above its quantity limit in a window (限定频次, 最大开药量, 耗材数量超标). Attributes:
/// <c>max_quantity</c> and optional <c>window</c> (day or stay; the rule's parameter <c>window</c> is the default).
/// One flag per entry and window; the amount at stake is the excess quantity × its unit price, the latest charges
/// counted as the excess.
/// </summary>
internal sealed class QuantityLimit : IRuleFamily
{
    private sealed record Limit(decimal MaxQuantity, Window Window);

    public string Name => "quantity_limit";

    public bool NeedsKnowledge => true;

    public CompiledRule Compile(RuleDefinition rule, IReadOnlyList<KnowledgeEntry> entries, List<PackError> errors)
    {
        var parameters = new ValueReader(rule.Parameters, $"rule {rule.Id}", "parameters.", errors);
        string fallback = parameters.String("window", Windows.Names, "stay");
        Limit[] limits = [.. entries.Select(e =>
        {
            var a = new ValueReader(e.Attributes, $"knowledge {e.Id}", "attributes.", errors);
            return new Limit(a.Decimal("max_quantity", 0, 1_000_000), Windows.Parse(a.String("window", Windows.Names, fallback)));
        })];
        return new Rule(rule, entries, limits);
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, Limit[] limits) : CompiledRule(definition, entries)
    {
        public override IEnumerable<IndexedCode> IndexedCodes => Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0)));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            foreach (IGrouping<(int Entry, DateOnly Key), int> window in Group(hits, lines))
            {
                Limit limit = limits[window.Key.Entry];
                int[] ordered = [.. window.OrderBy(i => lines[i].ChargedAt).ThenBy(i => i)];
                decimal total = ordered.Sum(i => lines[i].Quantity);
                bool breaks = total > limit.MaxQuantity;
                object when = Windows.Describe(limit.Window, window.Key.Key);
                context.Trace?.Check("Check_Quantity", breaks, lines[ordered[0]].Code, when, total, limit.MaxQuantity);
                if (breaks)
                {
                    Emit(context, window.Key.Entry, limit, ordered, total, when);
                }
            }
        }

        private void Emit(RuleContext context, int entry, Limit limit, int[] ordered, decimal total, object when)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            decimal allowed = limit.MaxQuantity, amount = 0;
            var excessLines = new List<int>();
            foreach (int i in ordered)
            {
                decimal within = Math.Min(allowed, lines[i].Quantity);
                allowed -= within;
                if (lines[i].Quantity > within)
                {
                    excessLines.Add(i);
                    amount += (lines[i].Quantity - within) * lines[i].UnitPrice;
                }
            }

            object?[] values = [Entries[entry].ItemName, lines[ordered[0]].Code, when, total, limit.MaxQuantity, total - limit.MaxQuantity, amount];
            context.Emit(this, excessLines, amount, "Flag_quantity_limit", values, Entries[entry].Id);
        }

        private IEnumerable<IGrouping<(int, DateOnly), int>> Group(ReadOnlySpan<Hit> hits, IReadOnlyList<LineItem> lines)
        {
            var keyed = new List<((int, DateOnly) Key, int Line)>(hits.Length);
            foreach (Hit hit in hits)
            {
                keyed.Add(((hit.Entry, Windows.KeyOf(limits[hit.Entry].Window, lines[hit.Line])), hit.Line));
            }

            return keyed.GroupBy(k => k.Key, k => k.Line);
        }
    }
}
