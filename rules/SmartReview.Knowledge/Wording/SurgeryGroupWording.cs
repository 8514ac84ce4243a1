using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>The surgery group a surgery belongs to for discounting (<c>{"group":"胃肠手术组"}</c>): the wording names it.</summary>
internal sealed class SurgeryGroupWording : IWordingReader
{
    public string Name => "surgery_group";

    public Structure Read(WordingInput input) =>
        input.Text.Length > 0
            ? Structure.Checkable(new JsonObject { ["group"] = input.Text })
            : Structure.TextOnly("other", "surgery.no_group");
}
