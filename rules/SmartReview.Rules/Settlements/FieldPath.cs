namespace SmartReview.Rules.Settlements;

/// <summary>A field's path, formatted only when an error needs it (so parsing a valid line allocates no paths).</summary>
internal readonly record struct FieldPath(string Leaf, string? Array = null, int Index = -1)
{
    public static implicit operator FieldPath(string leaf) => new(leaf);

    public string Prefix => Array is null ? "" : $"{Array}[{Index}].";

    public override string ToString() => Array is null ? Leaf : $"{Array}[{Index}]" + (Leaf.Length > 0 ? "." + Leaf : "");
}
