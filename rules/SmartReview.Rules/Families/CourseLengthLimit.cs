using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// An item used on more days than its payable course (药品/医疗服务项目限支付疗程, "支付不超过14天"). Attribute
/// <c>max_days</c>: distinct China days with a charge of the item in the stay. Lines on the days after the
/// max_days-th are flagged; the amount at stake is their whole amount. One flag per entry.
/// </summary>
internal sealed class CourseLengthLimit : IRuleFamily
{
    public string Name => "course_length_limit";

    public bool NeedsKnowledge => true;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input)
    {
        int[] maxDays = [.. input.Entries.Select(e => input.Attributes(e).Int("max_days", 1, 3650))];
        return new Rule(input.Rule, input.Entries, maxDays);
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<KnowledgeEntry> entries, int[] maxDays) : CompiledRule(definition, entries)
    {
        private readonly Window[] _stay = [.. entries.Select(_ => Window.Stay)];

        public override IEnumerable<IndexedCode> IndexedCodes => Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0)));

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            IReadOnlyList<LineItem> lines = context.Settlement.Lines;
            if (context.Trace is null && !AnyTooLong(context, hits))
            {
                return;
            }

            foreach (IGrouping<int, Hit> entry in hits.ToArray().GroupBy(h => h.Entry))
            {
                DateOnly[] days = [.. entry.Select(h => ChinaTime.Date(lines[h.Line].ChargedAt)).Distinct().Order()];
                int limit = maxDays[entry.Key];
                context.Trace?.Check("Check_CourseDays", days.Length > limit, Entries[entry.Key].ItemName, days.Length, limit);
                if (days.Length <= limit)
                {
                    continue;
                }

                DateOnly lastPayable = days[limit - 1];
                int[] beyond = [.. entry.Select(h => h.Line).Where(i => ChinaTime.Date(lines[i].ChargedAt) > lastPayable)];
                decimal amount = beyond.Sum(i => lines[i].Amount);
                object?[] values = [Entries[entry.Key].ItemName, lines[beyond[0]].Code, days.Length, limit, days[limit], amount];
                context.Emit(this, beyond, amount, "Flag_course_length_limit", values, Entries[entry.Key].Id);
            }
        }

        /// <summary>Whether some entry is charged on more than max_days days, counted in the context's reused buffers.</summary>
        private bool AnyTooLong(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            WindowGroups groups = context.WindowGroups;
            groups.Build(hits, _stay, byTime: true);
            for (int g = 0; g < groups.Count; g++)
            {
                ReadOnlySpan<WindowMember> members = groups.Members(groups[g]);
                int limit = maxDays[groups[g].Entry], days = 0;
                DateOnly last = DateOnly.MinValue;
                for (int i = 0; i < members.Length && days <= limit; i++)
                {
                    DateOnly day = context.DateOf(members[i].Line);
                    if (i == 0 || day != last)
                    {
                        days++;
                        last = day;
                    }
                }

                if (days > limit)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
