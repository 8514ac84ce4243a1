using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Generation;

/// <summary>A generated facility: its settlement record, its number, its share of stays and its price level.</summary>
internal sealed record SyntheticFacility(Facility Facility, int Number, double Weight, decimal PriceFactor)
{
    public int Level => Facility.Level;

    public string Id => Facility.Id;

    /// <summary>The facility's price for an item: the list price times the facility's factor, to the fen.</summary>
    public decimal PriceOf(Catalogue.CatalogueItem item) => Math.Max(0.01m, Money.Round(item.Price * PriceFactor));
}
