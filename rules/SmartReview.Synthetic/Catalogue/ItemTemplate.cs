using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>A catalogue item as designed: national code, name, category, list price (level-3 facility) and usual quantity.</summary>
internal sealed record ItemTemplate(
    string Code, string Name, ItemCategory Category, PaymentClass Class, decimal Price, int MinQuantity, int MaxQuantity, string Groups);
