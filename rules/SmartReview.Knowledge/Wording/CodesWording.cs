using System.Text.Json.Nodes;
using SmartReview.Knowledge.Shapes;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Codes the wording names beside the point's own, into the attribute the rule names (<c>code_attribute</c>):
/// the service a drug or consumable requires (<c>requires</c>), the parts a service must not be split into
/// (<c>parts</c>), the treatments a diagnosis calls for (<c>treatments</c>). Names alone are not codes: without a
/// code in the wording the point stays text-only. For unbundling the structure decides: a point of two or more codes
/// is those parts charged together, whatever its wording names.
/// </summary>
internal sealed class CodesWording : IWordingReader
{
    public string Name => "codes";

    public Structure Read(WordingInput input)
    {
        string[] named = [.. CodeMentions.In(input.Text).Where(c => !input.Codes.Contains(c))];
        if (named.Length == 0 && input.Shape == PointShapes.Unbundling && input.Codes.Count >= 2)
        {
            named = [.. input.Codes];
        }

        return named.Length > 0
            ? Structure.Checkable(new JsonObject { [input.Rule.CodeAttribute!] = new JsonArray([.. named.Select(c => JsonValue.Create(c))]) })
            : Structure.TextOnly("other", "codes.none_named");
    }
}
