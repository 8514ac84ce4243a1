using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Malformed;

/// <summary>
/// Corrupts a clean settlement in one known way, and says which field the reader will name: "(json)" for a record
/// cut short, the dropped property, <c>lines[i].code</c>, <c>lines[i].quantity</c>, <c>totals.total</c> or
/// <c>discharged_at</c>.
/// </summary>
internal sealed class Corrupter(Random rng)
{
    private static readonly string[] Droppable = ["scheme", "setting", "department", "doctor"];

    public Corruption Corrupt(Settlement s)
    {
        var kind = (CorruptionKind)rng.Next(Enum.GetValues<CorruptionKind>().Length);
        int i = rng.Next(s.Lines.Count);
        return kind switch
        {
            CorruptionKind.BadJson => new(kind, s, "(json)", Truncate: true),
            CorruptionKind.MissingField => Drop(s, Droppable[rng.Next(Droppable.Length)]),
            CorruptionKind.BadCode => new(kind, WithLine(s, i, s.Lines[i] with { Code = "BAD-" + s.Lines[i].Code[..4] }), $"lines[{i}].code"),
            CorruptionKind.NegativeQuantity => new(kind, WithLine(s, i, s.Lines[i] with { Quantity = -s.Lines[i].Quantity }), $"lines[{i}].quantity"),
            CorruptionKind.TotalsMismatch => new(kind, s with { Totals = s.Totals with { Total = s.Totals.Total + 1.00m + rng.Next(100) } }, "totals.total"),
            _ => new(kind, s with { DischargedAt = s.AdmittedAt.AddHours(-1 - rng.Next(48)) }, "discharged_at"),
        };
    }

    private static Corruption Drop(Settlement s, string property) => new(CorruptionKind.MissingField, s, property, DropProperty: property);

    private static Settlement WithLine(Settlement s, int index, LineItem line)
    {
        LineItem[] lines = [.. s.Lines];
        lines[index] = line;
        return s with { Lines = lines };
    }
}
