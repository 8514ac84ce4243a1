using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item charged above its limit in a window. As <c>quantity_limit</c> (限定频次, 最大开药量, 耗材数量超标) the
/// attribute is <c>max_quantity</c> and the amount at stake is the excess quantity × its unit price; as
/// <c>amount_limit</c> (超限定报销总额) the attribute is <c>max_amount</c> and the excess money is at stake. Optional
/// attribute <c>window</c> (day or stay; the rule's parameter <c>window</c> is the default). The latest charges count
/// as the excess. One flag per entry and window.
/// </summary>
internal sealed class QuantityLimit(bool inMoney) : IRuleFamily
{
    private sealed record Limit(decimal Max, Window Window);

    public string Name => inMoney ? "amount_limit" : "quantity_limit";

    private string Attribute => inMoney ? "max_amount" : "max_quantity";

    private bool InMoney => inMoney;

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input)
    {
        var parameters = input.Parameters;
        string fallback = parameters.String("window", Windows.Names, "stay");
        Limit[] limits = [.. input.Entries.Select(e =>
        {
            var a = input.Attributes(e);
            return new Limit(a.Decimal(Attribute, 0, 100_000_000), Windows.Parse(a.String("window", Windows.Names, fallback)));
        })];
        return new Rule(this, input.Rule, input.Entries, limits);
    }

    private sealed class Rule(QuantityLimit family, RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, Limit[] limits)
        : CompiledRule(definition, entries)
    {
        private readonly Window[] _windows = [.. limits.Select(l => l.Window)];

        public override IEnumerable<IndexedCode> IndexedCodes => Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0)));

        /// <summary>Sums each (entry, window) in time order; lists lines and formats texts only for a window that breaks or is traced.</summary>
        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            ReadOnlySpan<LineItem> lines = context.Lines;
            WindowGroups groups = context.WindowGroups;
            groups.Build(hits, _windows, byTime: true);
            for (int g = 0; g < groups.Count; g++)
            {
                WindowGroup window = groups[g];
                ReadOnlySpan<WindowMember> members = groups.Members(window);
                Limit limit = limits[window.Entry];
                decimal total = 0;
                foreach (WindowMember member in members)
                {
                    total += family.InMoney ? lines[member.Line].Amount : lines[member.Line].Quantity;
                }

                bool breaks = total > limit.Max;
                if (!breaks && context.Trace is null)
                {
                    continue;
                }

                string code = lines[members[0].Line].Code;
                object when = Windows.Describe(limit.Window, window.Key);
                context.Trace?.Check("Check_" + family.Name, breaks, code, when, total, limit.Max);
                if (breaks)
                {
                    int[] ordered = new int[members.Length];
                    for (int i = 0; i < members.Length; i++)
                    {
                        ordered[i] = members[i].Line;
                    }

                    (List<int> excess, decimal amount) = Excess.Over(context.Settlement.Lines, ordered, limit.Max, family.InMoney);
                    object?[] values = [Entries[window.Entry].ItemName, code, when, total, limit.Max, total - limit.Max, amount];
                    context.Emit(this, excess, amount, "Flag_" + family.Name, values, Entries[window.Entry].Id);
                }
            }
        }
    }
}
