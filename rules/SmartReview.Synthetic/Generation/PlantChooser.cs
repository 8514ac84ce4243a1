using SmartReview.Synthetic.Planting;

namespace SmartReview.Synthetic.Generation;

/// <summary>
/// Chooses what to plant: a family by its weight, then the family's rule planted least often so far (by
/// <see cref="PlantTally.Rank"/>: a family of many rules plants each of them, not a random few, and a rule whose plants
/// often fail is tried more). Only enabled rules the generator can plant, in force on the discharge date, are chosen.
/// </summary>
internal sealed class PlantChooser
{
    private static readonly Dictionary<string, double> Defaults = new(StringComparer.Ordinal)
    {
        ["quantity_limit"] = 3, ["exclusive_pair"] = 2.5, ["unit_price_cap"] = 2, ["diagnosis_restricted_item"] = 2,
        ["charge_outside_stay"] = 1.5, ["large_claim"] = 1.5, ["split_admission"] = 1, ["low_standard_admission"] = 1,
        ["facility_level_restricted_item"] = 1, ["care_setting_restricted_item"] = 0.6, ["sex_restricted_item"] = 0.6,
        ["age_restricted_item"] = 0.6, ["amount_limit"] = 1, ["scheme_restricted_item"] = 0.6, ["non_payable_item"] = 0.5,
        ["text_restricted_item"] = 1, ["course_length_limit"] = 0.8, ["non_payable_combination"] = 0.5,
        ["contraindication"] = 2, ["therapeutic_duplicate"] = 1.5,
    };

    private readonly RulePlanter[] _rules;
    private readonly double[] _weights;
    private readonly List<int> _least = [];
    private readonly PlantTally _tally;

    public PlantChooser(IReadOnlyList<RulePlanter> planters, IReadOnlyDictionary<string, double>? weights, PlantTally tally)
    {
        _tally = tally;
        _rules = [.. planters.Where(p => p.Definition.Enabled && p.CanPlant)];
        _weights = [.. _rules.Select(r =>
            (weights?.GetValueOrDefault(r.Family, Defaults.GetValueOrDefault(r.Family, 1)) ?? Defaults.GetValueOrDefault(r.Family, 1))
            / _rules.Count(o => o.Family == r.Family))];
    }

    /// <summary>A rule to plant on a stay discharged on <paramref name="day"/>, not of family <paramref name="notFamily"/>; secondary choices only from rules that need no stay shape.</summary>
    public RulePlanter? Choose(Random rng, int day, bool secondary, string? notFamily)
    {
        DateOnly date = DateOnly.FromDayNumber(day);
        double total = 0;
        for (int i = 0; i < _rules.Length; i++)
        {
            total += Eligible(i, date, secondary, notFamily) ? _weights[i] : 0;
        }

        double x = rng.NextDouble() * total;
        for (int i = 0; i < _rules.Length; i++)
        {
            if (Eligible(i, date, secondary, notFamily) && (x -= _weights[i]) < 0)
            {
                return _rules[LeastPlanted(_rules[i].Family, (x + _weights[i]) / _weights[i], date, secondary)];
            }
        }

        return null;
    }

    /// <summary>
    /// Among the eligible rules of <paramref name="family"/> planted least often so far, the one at <paramref name="at"/>
    /// (a fraction in [0, 1), drawn with the family): every rule of a family gets its turn however many it has.
    /// </summary>
    private int LeastPlanted(string family, double at, DateOnly date, bool secondary)
    {
        _least.Clear();
        int fewest = int.MaxValue;
        for (int i = 0; i < _rules.Length; i++)
        {
            int rank = _tally.Rank(_rules[i].Index);
            if (_rules[i].Family != family || !Eligible(i, date, secondary, null) || rank > fewest)
            {
                continue;
            }

            if (rank < fewest)
            {
                fewest = rank;
                _least.Clear();
            }

            _least.Add(i);
        }

        return _least[Math.Min((int)(at * _least.Count), _least.Count - 1)];
    }

    private bool Eligible(int i, DateOnly date, bool secondary, string? notFamily) =>
        _weights[i] > 0 && _rules[i].Definition.InForceOn(date) && (!secondary || !_rules[i].ShapesStay) && _rules[i].Family != notFamily;
}
