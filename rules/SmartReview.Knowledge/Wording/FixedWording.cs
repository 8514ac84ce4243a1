namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Attributes the rule itself implies, the same for every point (herbal pieces never payable: <c>{}</c>; internet
/// hospital scope: every setting but internet; second-line: <c>{"kind":"second_line"}</c>).
/// </summary>
internal sealed class FixedWording : IWordingReader
{
    public string Name => "fixed";

    public Structure Read(WordingInput input)
    {
        var attributes = input.Rule.Attributes?.DeepClone().AsObject() ?? [];
        return input.Rule.IsTextOnly
            ? new Structure(attributes, input.Rule.TextReason ?? "text.rule")
            : Structure.Checkable(attributes);
    }
}
