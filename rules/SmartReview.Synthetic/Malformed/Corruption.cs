using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Malformed;

/// <summary>
/// A corrupted record: the settlement to write (changed for value corruptions), the property to drop from its JSON or
/// whether to cut it short, and the field a reader must name when it rejects it.
/// </summary>
internal sealed record Corruption(CorruptionKind Kind, Settlement Settlement, string Field, string? DropProperty = null, bool Truncate = false)
{
    public string KindName => Kind switch
    {
        CorruptionKind.BadJson => "bad_json",
        CorruptionKind.MissingField => "missing_field",
        CorruptionKind.BadCode => "bad_code",
        CorruptionKind.NegativeQuantity => "negative_quantity",
        CorruptionKind.TotalsMismatch => "totals_mismatch",
        _ => "discharge_before_admission",
    };
}
