namespace SmartReview.Rules.Packs;

/// <summary>A problem in a pack or its knowledge: where (rule id or knowledge entry), which field, and why.</summary>
public sealed record PackError(string Where, string Field, string Reason)
{
    public override string ToString() => $"{Where}: {Field}: {Reason}";
}
