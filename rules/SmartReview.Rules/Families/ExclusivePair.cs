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


    public Stake Stakes => Stake.NamedCharges;

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
        private readonly Window[] _windows = [.. entries.Select(_ => window)];

        public override IEnumerable<IndexedCode> IndexedCodes =>
            Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, Containing))
                .Concat(excludes[i].Select(c => new IndexedCode(c, i, Included))));

        /// <summary>Counts both sides of each (entry, window); lists lines and formats texts only for a window that breaks or is traced.</summary>
        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Trace is null && !AnyEntryWithBothSides(hits))
            {
                return;
            }

            ReadOnlySpan<LineItem> lines = context.Lines;
            WindowGroups groups = context.WindowGroups;
            groups.Build(hits, _windows, byTime: false);
            for (int g = 0; g < groups.Count; g++)
            {
                WindowGroup group = groups[g];
                ReadOnlySpan<WindowMember> members = groups.Members(group);
                int containing = 0, included = 0, firstContaining = -1;
                foreach (WindowMember member in members)
                {
                    if (member.Role == Containing)
                    {
                        containing++;
                        firstContaining = firstContaining < 0 ? member.Line : firstContaining;
                    }
                    else
                    {
                        included++;
                    }
                }

                bool breaks = containing > 0 && included > 0;
                if (!breaks && context.Trace is null)
                {
                    continue;
                }

                object when = Windows.Describe(window, group.Key);
                context.Trace?.Check("Check_Pair", breaks, Entries[group.Entry].ItemName, when, containing, included);
                if (breaks)
                {
                    var flagged = new List<int>(included);
                    decimal amount = 0;
                    foreach (WindowMember member in members)
                    {
                        if (member.Role != Containing)
                        {
                            flagged.Add(member.Line);
                            amount += lines[member.Line].Amount;
                        }
                    }

                    LineItem inner = lines[flagged[0]];
                    object?[] values = [Entries[group.Entry].ItemName, lines[firstContaining].Code, inner.Name, inner.Code, when, included, amount];
                    context.Emit(this, flagged, amount, "Flag_exclusive_pair", values, Entries[group.Entry].Id);
                }
            }
        }

        /// <summary>Whether some entry has hits of both sides, without which no window breaks; the hits come grouped by entry.</summary>
        private static bool AnyEntryWithBothSides(ReadOnlySpan<Hit> hits)
        {
            int entry = -1, sides = 0;
            foreach (Hit hit in hits)
            {
                sides = hit.Entry == entry ? sides | (1 << hit.Role) : 1 << hit.Role;
                entry = hit.Entry;
                if (sides == (1 << Containing | 1 << Included))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
