using SmartReview.Kernel;
using SmartReview.Rules.Engine;
using SmartReview.Rules.Knowledge;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// Ghost bed (挂床住院): a run of at least <c>min_days</c> (default 3) consecutive China days of the stay on which
/// nothing but bed and nursing was charged. The lines of those runs are flagged; their whole amount is at stake.
/// One flag per settlement.
/// </summary>
internal sealed class GhostBed : IRuleFamily
{
    public string Name => "ghost_bed";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.NamedCharges;

    public CompiledRule Compile(RuleInput input) =>
        new Rule(input.Rule, input.Parameters.Int("min_days", 1, 365, 3));

    private sealed class Rule(RuleDefinition definition, int minDays) : CompiledRule(definition, [])
    {
        private const int MaxSpan = 4096;

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            if (context.Trace is null && !MayBreak(context))
            {
                return;
            }

            Settlement s = context.Settlement;
            var days = new SortedDictionary<DateOnly, List<int>>();
            var treated = new HashSet<DateOnly>();
            for (int i = 0; i < s.Lines.Count; i++)
            {
                DateOnly day = ChinaTime.Date(s.Lines[i].ChargedAt);
                if (s.Lines[i].Category is ItemCategory.Bed or ItemCategory.Nursing)
                {
                    (days.TryGetValue(day, out List<int>? list) ? list : days[day] = []).Add(i);
                }
                else
                {
                    treated.Add(day);
                }
            }

            var flagged = new List<int>();
            var run = new List<DateOnly>();
            int longest = 0;
            foreach (DateOnly day in days.Keys.Where(d => !treated.Contains(d)).Append(DateOnly.MaxValue))
            {
                if (run.Count > 0 && (day == DateOnly.MaxValue || day.DayNumber != run[^1].DayNumber + 1))
                {
                    longest = Math.Max(longest, run.Count);
                    if (run.Count >= minDays)
                    {
                        flagged.AddRange(run.SelectMany(d => days[d]));
                    }

                    run.Clear();
                }

                run.Add(day);
            }

            context.Trace?.Check("Check_GhostBed", longest >= minDays, longest, minDays);
            if (flagged.Count > 0)
            {
                flagged.Sort();
                decimal amount = flagged.Sum(i => s.Lines[i].Amount);
                int idle = flagged.Select(i => ChinaTime.Date(s.Lines[i].ChargedAt)).Distinct().Count();
                context.Emit(this, flagged, amount, "Flag_ghost_bed", [idle, minDays, s.LengthOfStay, amount]);
            }
        }

        /// <summary>
        /// False when no run of min_days idle days exists, found in the context's day marks of the charge days (bit 1:
        /// bed or nursing charged, bit 2: anything else); true also when the days span too far to mark.
        /// </summary>
        private bool MayBreak(RuleContext context)
        {
            ReadOnlySpan<LineItem> lines = context.Lines;
            int first = int.MaxValue, last = int.MinValue;
            bool anyBed = false;
            for (int i = 0; i < lines.Length; i++)
            {
                LineItem line = lines[i];
                int day = context.DateOf(i).DayNumber;
                first = Math.Min(first, day);
                last = Math.Max(last, day);
                anyBed |= line.Category is ItemCategory.Bed or ItemCategory.Nursing;
            }

            if (!anyBed)
            {
                return false;
            }

            if (last - first >= MaxSpan)
            {
                return true;
            }

            Span<byte> days = context.DayMarks(last - first + 1);
            for (int i = 0; i < lines.Length; i++)
            {
                LineItem line = lines[i];
                days[context.DateOf(i).DayNumber - first] |= line.Category is ItemCategory.Bed or ItemCategory.Nursing ? (byte)1 : (byte)2;
            }

            int run = 0;
            foreach (byte day in days)
            {
                run = day == 1 ? run + 1 : 0;
                if (run >= minDays)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
