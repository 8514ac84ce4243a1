using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// A second surgery through the same incision not discounted (手术项目未按规定折价收费): two or more different surgeries
/// of one group (attribute <c>group</c>) charged on one day; the dearest is the main one and each other should cost at
/// most <c>discount_rate</c> (parameter, default 0.5) of its reference price (attribute <c>price</c>). The excess over
/// the discounted price is at stake. Without a reference price the line's own price is taken as undiscounted, so the
/// flag is a prompt to check. One flag per group and day.
/// </summary>
internal sealed class SurgeryDiscount : IRuleFamily
{
    private sealed record Surgery(string Group, decimal? Price);

    public string Name => "surgery_discount";

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input)
    {
        decimal rate = input.Parameters.Decimal("discount_rate", 0, 1, 0.5m);
        Surgery[] surgeries = [.. input.Entries.Select(e =>
        {
            var a = input.Attributes(e);
            return new Surgery(a.Text("group"), a.Has("price") ? a.Decimal("price", 0, 10_000_000) : null);
        })];
        return new Rule(input.Rule, input.Entries, surgeries, rate);
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, Surgery[] surgeries, decimal rate)
        : CompiledRule(definition, entries)
    {
        public override IEnumerable<IndexedCode> IndexedCodes => Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0)));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            foreach (var day in hits.ToArray().GroupBy(h => (surgeries[h.Entry].Group, Day: ChinaTime.Date(lines[h.Line].ChargedAt))))
            {
                Hit[] ordered = [.. day.OrderByDescending(h => Reference(h, lines)).ThenBy(h => h.Line)];
                int kinds = ordered.Select(h => lines[h.Line].Code).Distinct().Count();
                context.Trace?.Check("Check_SurgeryGroup", kinds > 1, day.Key.Group, day.Key.Day, kinds);
                if (kinds < 2)
                {
                    continue;
                }

                string main = lines[ordered[0].Line].Code;
                var flagged = new List<int>();
                decimal amount = 0;
                foreach (Hit h in ordered.Where(h => lines[h.Line].Code != main))
                {
                    LineItem line = lines[h.Line];
                    decimal allowed = decimal.Round(rate * Reference(h, lines), 2);
                    context.Trace?.Check("Check_Discount", line.UnitPrice > allowed, line.LineId, line.UnitPrice, allowed);
                    if (line.UnitPrice > allowed)
                    {
                        flagged.Add(h.Line);
                        amount += (line.UnitPrice - allowed) * line.Quantity;
                    }
                }

                if (flagged.Count > 0)
                {
                    flagged.Sort();
                    object?[] values = [day.Key.Day, day.Key.Group, lines[ordered[0].Line].Name, flagged.Count, rate * 100, amount];
                    context.Emit(this, flagged, amount, "Flag_surgery_discount", values, Entries[ordered[0].Entry].Id);
                }
            }
        }

        private decimal Reference(Hit hit, IReadOnlyList<LineItem> lines) => surgeries[hit.Entry].Price ?? lines[hit.Line].UnitPrice;
    }
}
