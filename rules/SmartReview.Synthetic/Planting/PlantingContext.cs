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

    /// <summary>
    /// Adds <paramref name="line"/> when every rule covering its code still holds — but the rules of
    /// <paramref name="exceptFamily"/>, the family being planted, which may all fire.
    /// </summary>
    public bool TryAdd(StayDraft d, DraftLine line, string? exceptFamily = null)
    {
        if (!Planters.TryAdmit(d, line, exceptFamily))
        {
            return false;
        }

        d.Add(line);
        return true;
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
