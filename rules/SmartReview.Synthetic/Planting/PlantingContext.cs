using SmartReview.Synthetic.Catalogue;
using SmartReview.Synthetic.Generation;

namespace SmartReview.Synthetic.Planting;

/// <summary>What planters and guards work with: the random source, the catalogue, the line factory and the other rules.</summary>
internal sealed class PlantingContext(Random rng, ItemCatalogue catalogue, LineFactory lines, PlanterSet planters)
{
    public Random Rng { get; } = rng;

    public ItemCatalogue Catalogue { get; } = catalogue;

    public LineFactory Lines { get; } = lines;

    public PlanterSet Planters { get; } = planters;

    /// <summary>Set while a rule is planted as a compound plant: its lines are billed even where other rules refuse them.</summary>
    public CompoundPlant? Compound { get; set; }

    /// <summary>How many lines planters have placed for their own rule that the other rules refused, so far.</summary>
    public int Refusals { get; private set; }

    private const int MaxDepth = 3;
    private int _depth;
    private readonly Dictionary<(CoverageHit, string), IReadOnlyList<CatalogueItem>> _candidates = [];

    /// <summary>
    /// Adds <paramref name="line"/> when every rule covering its code still holds — but the rules of
    /// <paramref name="exceptFamily"/>, the family being planted, which may all fire. For a plant (a family given) a
    /// refusing rule may first change the stay (<see cref="TryPlace"/>); the background takes the stay as it is.
    /// </summary>
    public bool TryAdd(StayDraft d, DraftLine line, string? exceptFamily = null) =>
        exceptFamily is null ? AddIf(d, line, Planters.TryAdmit(d, line, null)) : TryPlace(d, line, exceptFamily);

    /// <summary>
    /// Adds a line a plant needs (for <paramref name="exceptFamily"/>, or for another plant's line when null): each rule
    /// refusing it may first change the stay (<see cref="RulePlanter.Accommodate"/>), which may itself place lines, a
    /// few levels deep. A compound plant's own lines are added as they are (<see cref="CompoundPlant.Admit"/>).
    /// </summary>
    public bool TryPlace(StayDraft d, DraftLine line, string? exceptFamily)
    {
        if (_depth >= MaxDepth)
        {
            return AddIf(d, line, Planters.TryAdmit(d, line, exceptFamily));
        }

        bool own = _depth == 0 && exceptFamily is not null;
        _depth++;
        try
        {
            bool admitted = own && Compound is not null ? Compound.Admit(d, line, this) : Planters.TryAccommodate(d, line, exceptFamily, this);
            Refusals += own && !admitted ? 1 : 0;
            return AddIf(d, line, admitted);
        }
        finally
        {
            _depth--;
        }
    }

    private static bool AddIf(StayDraft d, DraftLine line, bool admitted)
    {
        if (admitted)
        {
            d.Add(line);
        }

        return admitted;
    }

    /// <summary>
    /// The items of <paramref name="hit"/> a plant of <paramref name="family"/> draws from: those no rule of another
    /// family refuses outright (a drug of the class restricted in words), or all of them when every one is.
    /// </summary>
    public IReadOnlyList<CatalogueItem> Candidates(CoverageHit hit, string family)
    {
        if (!_candidates.TryGetValue((hit, family), out IReadOnlyList<CatalogueItem>? items))
        {
            IReadOnlyList<CatalogueItem> all = Catalogue.ItemsFor(hit);
            List<CatalogueItem> usable = [.. all.Where(item => !Array.Exists(item.Hits, h => Planters.Of(h.Rule) is { } p && p.Family != family && p.RefusesEvery(h)))];
            _candidates[(hit, family)] = items = usable.Count == 0 || usable.Count == all.Count ? all : usable;
        }

        return items;
    }

    /// <summary>Adds a planted line of an item no rule reads.</summary>
    public DraftLine AddFree(StayDraft d, CatalogueItem item, int day, decimal? quantity = null)
    {
        DraftLine line = Lines.Create(d, item, day, quantity);
        line.Planted = true;
        d.Add(line);
        return line;
    }
}
