using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Catalogue;

/// <summary>
/// Reads what a national code is from its shape: X/Z drugs, T herbal pieces, C consumables, 15 digits services
/// (category by the catalogue chapter), and completes a knowledge prefix into a full code of that shape.
/// </summary>
internal static class CodeShapes
{
    public static ItemCategory? Category(string code)
    {
        if (code.Length == 0)
        {
            return null;
        }

        ItemCategory? category = code[0] switch
        {
            'X' or 'Z' => ItemCategory.Drug,
            'T' => ItemCategory.HerbalPiece,
            'C' => ItemCategory.Consumable,
            >= '0' and <= '9' => ServiceCategory(code),
            _ => null,
        };
        return category is { } c && CodeFormats.IsItemCode(c, code) ? c : null;
    }

    /// <summary>The full-length code for a prefix (padded with zeros), or null when the prefix fits no code shape.</summary>
    public static string? Complete(string prefix)
    {
        int length = prefix.Length == 0 ? 0 : prefix[0] switch
        {
            'X' => 23,
            'Z' => 20,
            'T' => 10,
            'C' => 27,
            >= '0' and <= '9' => 15,
            _ => 0,
        };
        return length == 0 || prefix.Length > length ? null : prefix.PadRight(length, '0');
    }

    /// <summary>A list price for a knowledge item of unknown price, by category.</summary>
    public static decimal DefaultPrice(ItemCategory category) => category switch
    {
        ItemCategory.Drug => 36.00m,
        ItemCategory.HerbalPiece => 0.30m,
        ItemCategory.Bed => 42.00m,
        ItemCategory.Nursing => 26.00m,
        ItemCategory.Lab => 24.00m,
        ItemCategory.Exam => 150.00m,
        ItemCategory.Surgery => 1500.00m,
        ItemCategory.Consumable => 30.00m,
        _ => 30.00m,
    };

    private static ItemCategory ServiceCategory(string code)
    {
        if (code.Length < 6)
        {
            return ItemCategory.Service;
        }

        return code.AsSpan(0, 4) switch
        {
            "0011" => code[4] == '0' && code[5] == '1' ? ItemCategory.Bed : code[4] == '0' && code[5] == '2' ? ItemCategory.Nursing : ItemCategory.Service,
            "0021" or "0022" or "0023" or "0024" => ItemCategory.Exam,
            "0025" or "0026" or "0027" => ItemCategory.Lab,
            "0033" => ItemCategory.Surgery,
            _ => ItemCategory.Treatment,
        };
    }
}
