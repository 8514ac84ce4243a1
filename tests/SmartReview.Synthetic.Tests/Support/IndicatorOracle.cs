using System.Text.Json;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Tests.Support;

/// <summary>
/// The facility indicators worked out from the settlements alone, as docs/indicators.md defines them: per facility and
/// China discharge month, money shares over the month's total, CT and MRI money by the rule's knowledge codes, stays
/// with a secondary diagnosis of the set, readmission pairs counted once in the first stay's month, self-funded money,
/// average cost, cost per bed-day and average length of stay (bed-days counted from the China dates, at least 1 a stay).
/// Only the pack's rule definitions and knowledge are read from the engine's side; the rules are taken to be in force
/// and of every scope for all the settlements, as the provincial pack's are in 2025.
/// </summary>
internal sealed class IndicatorOracle
{
    private readonly Dictionary<(string Facility, string Month), MonthSums> _months = [];
    private readonly Dictionary<string, string[]> _codes = [];

    private IndicatorOracle(RulePack pack, IReadOnlyList<RuleDefinition> rules, IReadOnlyList<Settlement> settlements)
    {
        foreach (RuleDefinition rule in rules.Where(r => r.Knowledge is not null))
        {
            _codes[rule.Id] = Codes(pack, rule);
        }

        foreach (Settlement s in settlements)
        {
            Add(rules, s);
        }

        foreach (RuleDefinition rule in rules.Where(r => Indicator(r) == "readmission_rate"))
        {
            CountReadmissions(rule, settlements);
        }
    }

    public int FacilityMonths => _months.Count;

    /// <summary>The rule-facility-months judged: with a threshold for the facility's level and at least <c>min_stays</c> stays.</summary>
    public IReadOnlyList<(string RuleId, string FacilityId, string Month)> Judged { get; private set; } = [];

    public IReadOnlyList<IndicatorFlag> Flags { get; private set; } = [];

    public static IndicatorOracle Of(RulePack pack, IReadOnlyList<Settlement> settlements)
    {
        RuleDefinition[] rules = [.. pack.Rules.Where(r => r.Family == "facility_indicator" && r.Enabled)];
        var oracle = new IndicatorOracle(pack, rules, settlements);
        oracle.Judge(rules);
        return oracle;
    }

    private static string Indicator(RuleDefinition rule) => rule.Parameters["indicator"].GetString()!;

    private static int IntParameter(RuleDefinition rule, string name, int fallback) =>
        rule.Parameters.TryGetValue(name, out JsonElement e) ? e.GetInt32() : fallback;

    private static DateOnly ChinaDate(DateTime utc) => DateOnly.FromDateTime(utc.AddHours(8));

    private static string MonthOf(DateOnly day) => $"{day.Year:D4}-{day.Month:D2}";

    /// <summary>The codes of the rule's knowledge set, narrowed to its <c>knowledge_codes</c> slice when it has one.</summary>
    private static string[] Codes(RulePack pack, RuleDefinition rule)
    {
        string[] all = [.. pack.Knowledge.Set(rule.Knowledge!).SelectMany(e => e.Codes)];
        return rule.KnowledgeCodes.Count == 0 ? all : [.. all.Where(c => rule.KnowledgeCodes.Any(slice => c == slice || Matches(slice, c.TrimEnd('*'))))];
    }

    /// <summary>A knowledge code is exact, or a prefix when it ends in <c>*</c> ("002202*" matches "002202000010000").</summary>
    private static bool Matches(string pattern, string code) =>
        pattern.EndsWith('*') ? code.StartsWith(pattern[..^1], StringComparison.Ordinal) : code == pattern;

    private void Add(IReadOnlyList<RuleDefinition> rules, Settlement s)
    {
        var key = (s.Facility.Id, MonthOf(ChinaDate(s.DischargedAt)));
        if (!_months.TryGetValue(key, out MonthSums? sums))
        {
            _months[key] = sums = new MonthSums(s.Facility.Level);
        }

        Assert.Equal(sums.Level, s.Facility.Level);
        sums.Stays++;
        sums.Total += s.Totals.Total;
        sums.SelfFunded += s.Totals.SelfFunded;
        sums.BedDays += Math.Max(1, ChinaDate(s.DischargedAt).DayNumber - ChinaDate(s.AdmittedAt).DayNumber);
        foreach (LineItem line in s.Lines)
        {
            sums.ByCategory[line.Category] = sums.ByCategory.GetValueOrDefault(line.Category) + line.Amount;
        }

        foreach (RuleDefinition rule in rules)
        {
            switch (Indicator(rule))
            {
                case "ct_share" or "mri_share":
                    string[] codes = _codes[rule.Id];
                    sums.AddFor(rule.Id, s.Lines.Where(l => codes.Any(c => Matches(c, l.Code))).Sum(l => l.Amount));
                    break;
                case "infection_rate":
                    string[] diagnoses = _codes[rule.Id];
                    sums.AddFor(rule.Id, s.Diagnoses.Any(d => !d.Main && diagnoses.Any(c => Matches(c, d.Code))) ? 1 : 0);
                    break;
            }
        }
    }

    /// <summary>Every pair of stays of one person at one facility with the second admitted 0–interval days after the first's discharge.</summary>
    private void CountReadmissions(RuleDefinition rule, IReadOnlyList<Settlement> settlements)
    {
        int interval = IntParameter(rule, "interval_days", 31);
        foreach (var stays in settlements.GroupBy(s => (s.Person.Id, s.Facility.Id)))
        {
            Settlement[] list = [.. stays];
            for (int i = 0; i < list.Length; i++)
            {
                for (int j = i + 1; j < list.Length; j++)
                {
                    Settlement? first = Gap(list[i], list[j]) is >= 0 and var g && g <= interval ? list[i]
                        : Gap(list[j], list[i]) is >= 0 and var h && h <= interval ? list[j] : null;
                    if (first is not null)
                    {
                        _months[(first.Facility.Id, MonthOf(ChinaDate(first.DischargedAt)))].AddFor(rule.Id, 1);
                    }
                }
            }
        }
    }

    private static int Gap(Settlement first, Settlement again) => ChinaDate(again.AdmittedAt).DayNumber - ChinaDate(first.DischargedAt).DayNumber;

    private void Judge(IReadOnlyList<RuleDefinition> rules)
    {
        var flags = new List<IndicatorFlag>();
        var judged = new List<(string, string, string)>();
        foreach (RuleDefinition rule in rules)
        {
            decimal tolerance = rule.Parameters.TryGetValue("tolerance", out JsonElement t) ? t.GetDecimal() : 0;
            int minStays = IntParameter(rule, "min_stays", 30);
            foreach (((string facility, string month), MonthSums sums) in _months)
            {
                decimal? threshold = Threshold(rule, sums.Level);
                if (threshold is not { } limit || sums.Stays < minStays || sums.Total == 0)
                {
                    continue;
                }

                judged.Add((rule.Id, facility, month));
                (decimal numerator, decimal denominator, decimal atStake) = Figures(rule, sums, limit);
                if (numerator > limit * (1 + tolerance) * denominator)
                {
                    flags.Add(new IndicatorFlag(rule.Id, facility, month, decimal.Round(numerator / denominator, 4), limit, sums.Stays,
                        decimal.Round(atStake, 2, MidpointRounding.AwayFromZero)));
                }
            }
        }

        (Flags, Judged) = (flags, judged);
    }

    private static decimal? Threshold(RuleDefinition rule, int level)
    {
        if (rule.Parameters.TryGetValue("threshold", out JsonElement one))
        {
            return one.GetDecimal();
        }

        return rule.Parameters["thresholds"].TryGetProperty(level.ToString(System.Globalization.CultureInfo.InvariantCulture), out JsonElement e)
            ? e.GetDecimal() : null;
    }

    /// <summary>
    /// The indicator as numerator / denominator, and the money at stake: (value − threshold) × total for shares, × stays
    /// for average cost, × bed-days for cost per bed-day; none for rates and the length of stay.
    /// </summary>
    private static (decimal Numerator, decimal Denominator, decimal AtStake) Figures(RuleDefinition rule, MonthSums m, decimal threshold)
    {
        decimal Money(params ItemCategory[] categories) => categories.Sum(c => m.ByCategory.GetValueOrDefault(c));
        decimal Share(decimal money) => money - threshold * m.Total;
        return Indicator(rule) switch
        {
            "drug_share" => (Money(ItemCategory.Drug, ItemCategory.HerbalPiece), m.Total, Share(Money(ItemCategory.Drug, ItemCategory.HerbalPiece))),
            "exam_lab_share" => (Money(ItemCategory.Exam, ItemCategory.Lab), m.Total, Share(Money(ItemCategory.Exam, ItemCategory.Lab))),
            "consumable_share" => (Money(ItemCategory.Consumable), m.Total, Share(Money(ItemCategory.Consumable))),
            "treatment_share" => (Money(ItemCategory.Treatment), m.Total, Share(Money(ItemCategory.Treatment))),
            "ct_share" or "mri_share" => (m.For(rule.Id), m.Total, Share(m.For(rule.Id))),
            "infection_rate" or "readmission_rate" => (m.For(rule.Id), m.Stays, 0),
            "average_cost" => (m.Total, m.Stays, m.Total - threshold * m.Stays),
            "self_funded_share" => (m.SelfFunded, m.Total, Share(m.SelfFunded)),
            "cost_per_bed_day" => (m.Total, m.BedDays, m.Total - threshold * m.BedDays),
            "average_length_of_stay" => (m.BedDays, m.Stays, 0),
            string other => throw new InvalidOperationException($"unknown indicator {other}"),
        };
    }

    private sealed class MonthSums(int level)
    {
        private readonly Dictionary<string, decimal> _byRule = [];

        public int Level { get; } = level;

        public long Stays { get; set; }

        public decimal Total { get; set; }

        public decimal SelfFunded { get; set; }

        public long BedDays { get; set; }

        public Dictionary<ItemCategory, decimal> ByCategory { get; } = [];

        public decimal For(string rule) => _byRule.GetValueOrDefault(rule);

        public void AddFor(string rule, decimal value) => _byRule[rule] = For(rule) + value;
    }
}
