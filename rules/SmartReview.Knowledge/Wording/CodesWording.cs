using System.Text.Json.Nodes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Codes the wording names beside the point's own, into the attribute the rule names (<c>code_attribute</c>):
/// the service a drug or consumable requires (<c>requires</c>), the parts a service must not be split into
/// (<c>parts</c>), the treatments a diagnosis calls for (<c>treatments</c>). Names alone are not codes: without a
/// code in the wording the point stays text-only.
/// </summary>
internal sealed class CodesWording : IWordingReader
{
    public string Name => "codes";

    public Structure Read(WordingInput input)
    {
        string[] named = [.. CodeMentions.In(input.Text).Where(c => !input.Codes.Contains(c))];
        return named.Length > 0
            ? Structure.Checkable(new JsonObject { [input.Rule.CodeAttribute!] = new JsonArray([.. named.Select(c => JsonValue.Create(c))]) })
            : Structure.TextOnly("other", "codes.none_named");
    }
}
