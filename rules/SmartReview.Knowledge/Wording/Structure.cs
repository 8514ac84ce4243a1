using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// What a reader made of a point: the family's attributes (machine-checkable), or text-only with the
/// <c>text_restricted_item</c> kind and the reason it stayed text (a key of <see cref="TextReasons"/>).
/// </summary>
internal sealed record Structure(JsonObject Attributes, string? Reason)
{
    public bool IsTextOnly => Reason is not null;

    public static Structure Checkable(JsonObject attributes) => new(attributes, null);

    public static Structure TextOnly(string kind, string reason) => new(new JsonObject { ["kind"] = kind }, reason);
}
