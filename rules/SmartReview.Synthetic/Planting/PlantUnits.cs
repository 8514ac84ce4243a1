using SmartReview.Rules.Settlements;
using SmartReview.Synthetic.Catalogue;

namespace SmartReview.Synthetic.Planting;

/// <summary>
/// What a plant of each rule bills, as alternatives (units): one item of each role of a unit — both sides of one pair
/// entry when the rule bills every role (<see cref="RulePlanter.BillsEveryRole"/>), else any one item the rule reads.
/// Tells which persons and care settings some unit suits, by the other families' rules; built once per rule.
/// </summary>
internal sealed class PlantUnits(PlanterSet planters, ItemCatalogue catalogue)
{
    private readonly Dictionary<int, CatalogueItem[][][]> _units = [];
    private readonly Dictionary<int, IReadOnlyList<CareSetting>?> _settings = [];

    /// <summary>
    /// Whether every item of some unit of <paramref name="planter"/> could be admitted on a stay of the person by the
    /// other families' rules: a neonatal service needs a neonate, a drug for women a woman. True when it bills no item.
    /// </summary>
    public bool Suit(RulePlanter planter, Person person, int admissionDay, int dischargeDay)
    {
        bool any = false;
        foreach (CatalogueItem[][] unit in Of(planter))
        {
            bool suits = true;
            foreach (CatalogueItem[] role in unit)
            {
                any |= role.Length > 0;
                suits = suits && Array.Exists(role, item => planters.Suit(person, admissionDay, dischargeDay, item.Hits, planter.Family));
            }

            if (suits)
            {
                return true;
            }
        }

        return !any;
    }

    /// <summary>
    /// The care settings in which every item of some unit of <paramref name="planter"/> may be charged by the other
    /// families' rules (an internet consultation only in internet care); null when any setting will do, or none.
    /// </summary>
    public IReadOnlyList<CareSetting>? Settings(RulePlanter planter)
    {
        if (_settings.TryGetValue(planter.Index, out IReadOnlyList<CareSetting>? known))
        {
            return known;
        }

        CareSetting[] every = Enum.GetValues<CareSetting>();
        var allowed = new HashSet<CareSetting>();
        foreach (CatalogueItem[][] unit in Of(planter))
        {
            IEnumerable<CareSetting> settings = every;
            foreach (CatalogueItem[] role in unit)
            {
                settings = settings.Intersect(role.SelectMany(item => SettingsOf(item, planter.Family)));
            }

            allowed.UnionWith(settings);
        }

        IReadOnlyList<CareSetting>? result = allowed.Count == 0 || allowed.Count == every.Length ? null : [.. allowed.Order()];
        _settings[planter.Index] = result;
        return result;
    }

    private IEnumerable<CareSetting> SettingsOf(CatalogueItem item, string family)
    {
        IEnumerable<CareSetting> settings = Enum.GetValues<CareSetting>();
        foreach (CoverageHit hit in item.Hits)
        {
            if (planters.Of(hit.Rule) is { } other && other.Family != family && other.SettingsFor(hit) is { } only)
            {
                settings = settings.Intersect(only);
            }
        }

        return settings;
    }

    private CatalogueItem[][][] Of(RulePlanter planter)
    {
        if (!_units.TryGetValue(planter.Index, out CatalogueItem[][][]? units))
        {
            _units[planter.Index] = units = planter.BillsEveryRole
                ? [.. planter.Patterns.GroupBy(p => p.Hit.Entry).Select(entry => entry.GroupBy(p => p.Hit.Role).Select(Items).ToArray())]
                : [.. planter.Patterns.Select(p => new[] { Items([p]) })];
        }

        return units;
    }

    private CatalogueItem[] Items(IEnumerable<CoveragePattern> patterns) => [.. patterns.SelectMany(p => catalogue.ItemsFor(p.Hit))];
}
