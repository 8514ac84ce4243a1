using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// A service split into its parts (医疗服务项目分解收费): at least <c>min_parts</c> (attribute, default 2) different
/// parts in attribute <c>parts</c> charged on one day instead of the entry's whole service. The parts' lines are
/// flagged; at stake is what they cost above the whole service's <c>price</c> (attribute), or all of it without one.
/// One flag per entry and day.
/// </summary>
internal sealed class Unbundling : IRuleFamily
{
    private sealed record Bundle(int MinParts, decimal? Price);

    public string Name => "unbundling";

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input)
    {
        var parts = new IReadOnlyList<string>[input.Entries.Count];
        var bundles = new Bundle[input.Entries.Count];
        for (int i = 0; i < input.Entries.Count; i++)
        {
            var a = input.Attributes(input.Entries[i]);
            parts[i] = a.Strings("parts", required: true);
            bundles[i] = new Bundle(a.Int("min_parts", 2, 100, 2), a.Has("price") ? a.Decimal("price", 0, 10_000_000) : null);
        }

        return new Rule(input.Rule, input.Entries, parts, bundles);
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<string>[] parts, Bundle[] bundles)
        : CompiledRule(definition, entries)
    {
        private readonly Window[] _daily = [.. entries.Select(_ => Window.Day)];

        public override IEnumerable<IndexedCode> IndexedCodes => parts.SelectMany((p, i) => p.Select(c => new IndexedCode(c, i, 0)));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Trace is not null || AnyUnbundled(context.WindowGroups, hits))
            {
                Flag(context, hits);
            }
        }

        private void Flag(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            foreach (var day in hits.ToArray().GroupBy(h => (h.Entry, Day: ChinaTime.Date(lines[h.Line].ChargedAt))))
            {
                Bundle bundle = bundles[day.Key.Entry];
                int[] flagged = [.. day.Select(h => h.Line).Distinct().Order()];
                int kinds = flagged.Select(i => lines[i].Code).Distinct().Count();
                context.Trace?.Check("Check_Unbundling", kinds >= bundle.MinParts, Entries[day.Key.Entry].ItemName, day.Key.Day, kinds, bundle.MinParts);
                if (kinds < bundle.MinParts)
                {
                    continue;
                }

                decimal charged = flagged.Sum(i => lines[i].Amount);
                decimal amount = Math.Max(0, charged - (bundle.Price ?? 0));
                object?[] values = [Entries[day.Key.Entry].ItemName, day.Key.Day, kinds, charged, bundle.Price, amount];
                context.Emit(this, flagged, amount, "Flag_unbundling", values, Entries[day.Key.Entry].Id);
            }
        }

        /// <summary>Whether some entry has min_parts parts on one day, counted in the context's reused buffers.</summary>
        private bool AnyUnbundled(WindowGroups groups, ReadOnlySpan<Hit> hits)
        {
            // min_parts is at least 2, so one code alone never breaks
            if (!groups.AnyTwoCodes(hits))
            {
                return false;
            }

            groups.Build(hits, _daily, byTime: false);
            for (int g = 0; g < groups.Count; g++)
            {
                int minParts = bundles[groups[g].Entry].MinParts;
                if (groups.DistinctCodes(groups[g], minParts) >= minParts)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
