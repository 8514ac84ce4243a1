using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// What a reader made of a point: the family's attributes (machine-checkable), or text-only with the text kind and
/// the reason it stayed text (a key of <see cref="TextReasons"/>). A reader that splits a point's codes (a pair: the
/// containing item's codes and the ones it excludes) sets <see cref="Codes"/> to the entry's own codes; otherwise the
/// entry keeps the point's codes. A text-only point of a two-item shape is <see cref="Together"/>: its entry fires
/// only when two of its items are charged together, never on one item alone.
/// </summary>
internal sealed record Structure(JsonObject Attributes, string? Reason)
{
    public bool IsTextOnly => Reason is not null;

    /// <summary>The entry's codes when the reader chose them from the point's codes; null: the point's codes.</summary>
    public IReadOnlyList<string>? Codes { get; init; }

    /// <summary>Text-only, about items charged together (family <c>text_restricted_pair</c>).</summary>
    public bool Together { get; init; }

    public static Structure Checkable(JsonObject attributes) => new(attributes, null);

    public static Structure TextOnly(string kind, string reason) => new(new JsonObject { ["kind"] = kind }, reason);

    /// <summary>Text-only for items charged together, with the codes the entry watches.</summary>
    public static Structure TextTogether(string reason, IReadOnlyList<string> codes) =>
        new(new JsonObject { ["kind"] = "pair" }, reason) { Together = true, Codes = codes };
}
