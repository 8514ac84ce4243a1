namespace SmartReview.Rules.Engine;

/// <summary>
/// One condition a rule evaluated, with its values. <see cref="Holds"/> is true when the condition points toward a
/// violation (all of a rule's conditions for one item holding means it fired). The text comes from resources by key.
/// </summary>
public sealed record Condition(string Key, bool Holds, IReadOnlyList<Packs.LocalizedText> Values)
{
    public string Text(System.Globalization.CultureInfo culture) =>
        Texts.Fill(Key, culture, [.. Values.Select(v => v.In(culture.Name))]);
}
