using System.Globalization;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Packs;
using SmartReview.Rules.Settlements;

namespace SmartReview.Rules.Families;

/// <summary>
/// The statistical indicators (ZB…): a facility's month of discharges judged against a threshold by facility level
/// (parameter <c>threshold</c>, or <c>thresholds</c> {"1","2","3"}), raised by <c>tolerance</c> (a share, default
/// 0), for months with at least <c>min_stays</c> (default 30). Parameter <c>indicator</c>: drug_share, exam_lab_share,
/// consumable_share, treatment_share, ct_share and mri_share (of the money; the knowledge set names the CT or MRI
/// codes), self_funded_share (自费率: the self-funded money), infection_rate (share of stays with a secondary diagnosis
/// of the knowledge set), readmission_rate (stays followed by a readmission to the same facility within
/// <c>interval_days</c>, default 31), average_cost (per stay), cost_per_bed_day and average_length_of_stay (days).
/// Money at stake: for shares the share above the threshold × the month's total, for average cost the excess per
/// stay × stays, for cost per bed-day the excess per bed-day × bed-days; rates and the length of stay put no money at
/// stake by themselves. See docs/indicators.md.
/// </summary>
internal sealed class FacilityIndicator : IRuleFamily
{
    private static readonly string[] Kinds =
    [
        "drug_share", "exam_lab_share", "consumable_share", "treatment_share", "ct_share", "mri_share", "self_funded_share", "infection_rate",
        "readmission_rate", "average_cost", "cost_per_bed_day", "average_length_of_stay",
    ];

    public string Name => "facility_indicator";

    public bool NeedsKnowledge => false;


    public Stake Stakes => Stake.IndicatorExcess;

    public CompiledRule Compile(RuleInput input)
    {
        ValueReader p = input.Parameters;
        string kind = p.String("indicator", Kinds);
        var thresholds = new decimal?[3];
        if (p.Has("threshold"))
        {
            Array.Fill(thresholds, p.Decimal("threshold", 0, 100_000_000));
        }
        else
        {
            foreach ((string level, System.Text.Json.JsonElement value) in p.Object("thresholds"))
            {
                if (level is "1" or "2" or "3" && value.TryGetDecimal(out decimal t) && t >= 0) { thresholds[level[0] - '1'] = t; }
                else { p.Error("thresholds." + level, $"expected a level 1–3 with a non-negative number, found {value.GetRawText()}"); }
            }

            if (thresholds.All(t => t is null))
            {
                p.Error("threshold", "an indicator needs threshold or thresholds by level");
            }
        }

        if (kind is "ct_share" or "mri_share" or "infection_rate" && input.Entries.Count == 0)
        {
            p.Error("indicator", $"{kind} needs a knowledge set naming its codes");
        }

        return new Rule(input.Rule, input.Entries, kind, thresholds, p.Decimal("tolerance", 0, 10, 0), p.Int("min_stays", 1, 1_000_000, 30),
            p.Int("interval_days", 1, 365, 31));
    }

    private sealed class Rule(RuleDefinition definition, IReadOnlyList<Knowledge.KnowledgeEntry> entries, string kind, decimal?[] thresholds,
        decimal tolerance, int minStays, int intervalDays) : CompiledRule(definition, entries), IIndicatorRule
    {
        private readonly CodePatterns _codes = new(entries.SelectMany(e => e.Codes));

        public override IEnumerable<IndexedCode> IndexedCodes =>
            kind is "ct_share" or "mri_share" ? Entries.SelectMany((e, i) => e.Codes.Select(c => new IndexedCode(c, i, 0))) : [];

        public override int HistoryWindowDays => kind == "readmission_rate" ? intervalDays : 0;

        public override void Evaluate(RuleContext context, ReadOnlySpan<Hit> hits)
        {
            Settlement s = context.Settlement;
            switch (kind)
            {
                case "ct_share" or "mri_share":
                    context.Indicators.For(s.Facility.Id, s.DischargeDate).AddForRule(Index, AmountOfLines(s.Lines, hits));
                    break;
                case "infection_rate":
                    context.Indicators.For(s.Facility.Id, s.DischargeDate).AddForRule(Index, HasInfection(s.Diagnoses) ? 1 : 0);
                    break;
                case "readmission_rate" when context.Neighbours.Count > 0:
                    CountReadmissions(context, context.Stay);
                    break;
            }
        }

        /// <summary>The amount of the hits' lines, each line once, in the order the hits name them.</summary>
        private static decimal AmountOfLines(IReadOnlyList<LineItem> lines, ReadOnlySpan<Hit> hits)
        {
            decimal amount = 0;
            for (int i = 0; i < hits.Length; i++)
            {
                bool seen = false;
                for (int j = 0; j < i && !seen; j++)
                {
                    seen = hits[j].Line == hits[i].Line;
                }

                if (!seen)
                {
                    amount += lines[hits[i].Line].Amount;
                }
            }

            return amount;
        }

        private bool HasInfection(IReadOnlyList<Diagnosis> diagnoses)
        {
            for (int i = 0; i < diagnoses.Count; i++)
            {
                if (!diagnoses[i].Main && _codes.Matches(diagnoses[i].Code))
                {
                    return true;
                }
            }

            return false;
        }

        /// <summary>Each pair (stay, readmission) is seen once, when its second stay arrives; it counts for the first stay's month.</summary>
        private void CountReadmissions(RuleContext context, StayRecord current)
        {
            for (int i = 0; i < context.Neighbours.Count; i++)
            {
                StayRecord other = context.Neighbours[i];
                if (other.FacilityId != current.FacilityId)
                {
                    continue;
                }

                (StayRecord first, StayRecord again) = other.Discharge <= current.Admission ? (other, current) : (current, other);
                int gap = again.Admission.DayNumber - first.Discharge.DayNumber;
                if (gap >= 0 && gap <= intervalDays && first != again)
                {
                    context.Indicators.For(first.FacilityId, first.Discharge).AddForRule(Index, 1);
                }
            }
        }

        public FacilityFlag? Judge(string facility, string month, MonthFigures f, string packLabel) =>
            Read(facility, month, f, packLabel) is { Above: true } flag ? flag : null;

        public FacilityFlag? Read(string facility, string month, MonthFigures f, string packLabel)
        {
            decimal? threshold = f.Level is >= 1 and <= 3 ? thresholds[f.Level - 1] : null;
            if (threshold is null || f.Stays < minStays || f.Total == 0 || !Definition.Enabled)
            {
                return null;
            }

            decimal value = Value(f);
            bool above = value > threshold * (1 + tolerance);
            bool stakesMoney = kind is not ("infection_rate" or "readmission_rate" or "average_length_of_stay");
            decimal amount = !above || !stakesMoney ? 0 : kind switch
            {
                // (value − threshold) × stays, × bed-days or × total, worked out without the rounding of value's division
                "average_cost" => f.Total - threshold.Value * f.Stays,
                "cost_per_bed_day" => f.Total - threshold.Value * f.BedDays,
                _ => Money(f) - threshold.Value * f.Total,
            };
            object?[] values = [facility, month, Texts.Of("Indicator_" + kind), Show(value), Show(threshold.Value), Show(tolerance, true), f.Stays, Texts.Fen(amount)];
            string id = FlagIds.For(Definition.Id, $"{facility}/{month}", null, []);
            return new FacilityFlag(id, facility, month, Definition.Id, Definition.Code, Definition.Pack ?? packLabel, kind, decimal.Round(value, 4),
                threshold.Value, f.Stays, Texts.Fen(amount), Definition.Result,
                Texts.Format(above ? "Flag_facility_indicator" : "Flag_facility_indicator_below", values))
            {
                Above = above,
                StakesMoney = stakesMoney,
            };
        }

        private decimal Value(MonthFigures f) => kind switch
        {
            "infection_rate" or "readmission_rate" => f.ForRule(Index) / f.Stays,
            "average_cost" => f.Total / f.Stays,
            "cost_per_bed_day" => f.Total / f.BedDays,
            "average_length_of_stay" => (decimal)f.BedDays / f.Stays,
            _ => Money(f) / f.Total,
        };

        /// <summary>The money a share indicator counts: its categories' or its codes' money in the month.</summary>
        private decimal Money(MonthFigures f) => kind switch
        {
            "drug_share" => f.In(ItemCategory.Drug) + f.In(ItemCategory.HerbalPiece),
            "exam_lab_share" => f.In(ItemCategory.Exam) + f.In(ItemCategory.Lab),
            "consumable_share" => f.In(ItemCategory.Consumable),
            "treatment_share" => f.In(ItemCategory.Treatment),
            "self_funded_share" => f.SelfFunded,
            _ => f.ForRule(Index),
        };

        /// <summary>A value or threshold as the message shows it: yuan for costs, days for the length of stay, else a percentage.</summary>
        private object Show(decimal value, bool share = false) => (share ? "share" : kind) switch
        {
            "average_cost" or "cost_per_bed_day" => Texts.Fen(value).ToString("0.00", CultureInfo.InvariantCulture),
            "average_length_of_stay" => Texts.Format("Indicator_days", [value.ToString("0.0", CultureInfo.InvariantCulture)]),
            _ => (value * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%",
        };
    }
}
