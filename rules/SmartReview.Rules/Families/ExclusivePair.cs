using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Two items that must not be charged together in one window (重复收费: the entry's item contains the items in
/// attribute <c>excludes</c>). Parameter <c>window</c>: day or stay. The included items' lines in a window that also
/// has the containing item are flagged; the amount at stake is their whole amount.
/// </summary>
internal sealed class ExclusivePair : IRuleFamily
{
    private const byte Containing = 0, Included = 1;

    public string Name => "exclusive_pair";

    public bool NeedsKnowledge => true;

    public CompiledRule Compile(RuleInput input)
    {
        var parameters = input.Parameters;
        Window window = Windows.Parse(parameters.String("window", Windows.Names, "day"));
        IReadOnlyList<string>[] excludes = [.. input.Entries.Select(e =>
            input.Attributes(e).Strings("excludes", required: true))];
        return new Rule(input.Rule, input.Entries, excludes, window);
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, IReadOnlyList<string>[] excludes, Window window)
        : CompiledRule(definition, entries)
    {
        public override IEnumerable<IndexedCode> IndexedCodes =>
            Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, Containing))
                .Concat(excludes[i].Select(c => new IndexedCode(c, i, Included))));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            var byWindow = new Dictionary<(int Entry, DateOnly Key), (List<int> Containing, List<int> Included)>();
            foreach (Hit hit in hits)
            {
                var key = (hit.Entry, Windows.KeyOf(window, lines[hit.Line]));
                if (!byWindow.TryGetValue(key, out var sides))
                {
                    byWindow[key] = sides = ([], []);
                }

                (hit.Role == Containing ? sides.Containing : sides.Included).Add(hit.Line);
            }

            foreach (((int entry, DateOnly day), (List<int> containing, List<int> included)) in byWindow)
            {
                bool breaks = containing.Count > 0 && included.Count > 0;
                object when = Windows.Describe(window, day);
                context.Trace?.Check("Check_Pair", breaks, Entries[entry].ItemName, when, containing.Count, included.Count);
                if (breaks)
                {
                    decimal amount = included.Sum(i => lines[i].Amount);
                    LineItem inner = lines[included[0]];
                    object?[] values = [Entries[entry].ItemName, lines[containing[0]].Code, inner.Name, inner.Code, when, included.Count, amount];
                    context.Emit(this, included, amount, "Flag_exclusive_pair", values, Entries[entry].Id);
                }
            }
        }
    }
}
