using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>
/// An item lines can bill: code, name, category, payment class, level-3 list price and usual quantity, the clinical
/// groups that use it, and the rule entries that cover its code (<see cref="Hits"/>; empty for a free item).
/// </summary>
internal sealed class CatalogueItem(ItemTemplate template, CoverageHit[] hits, bool fromKnowledge)
{
    public string Code { get; } = template.Code;

    public string Name { get; } = template.Name;

    public ItemCategory Category { get; } = template.Category;

    public PaymentClass Class { get; } = template.Class;

    public decimal Price { get; } = template.Price;

    public int MinQuantity { get; } = template.MinQuantity;

    public int MaxQuantity { get; } = template.MaxQuantity;

    public string Groups { get; } = template.Groups;

    public CoverageHit[] Hits { get; } = hits;

    /// <summary>True for an item taken from the pack's knowledge rather than the synthetic catalogue.</summary>
    public bool FromKnowledge { get; } = fromKnowledge;

    /// <summary>No rule reads this code: it can be added, moved or dropped without changing any rule's outcome.</summary>
    public bool Free => Hits.Length == 0;
}
