using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Rules.Tests.Support;

/// <summary>Sets or removes a value in a JSON document by a field path as the parser names it (<c>lines[2].quantity</c>).</summary>
internal static partial class JsonEdit
{
    public static void Set(JsonNode root, string path, JsonNode? value)
    {
        (JsonNode parent, string? name, int index) = Parent(root, path);
        if (name is not null) { parent.AsObject()[name] = value; }
        else { parent.AsArray()[index] = value; }
    }

    public static void Remove(JsonNode root, string path)
    {
        (JsonNode parent, string? name, int index) = Parent(root, path);
        if (name is not null) { parent.AsObject().Remove(name); }
        else { parent.AsArray().RemoveAt(index); }
    }

    private static (JsonNode Parent, string? Name, int Index) Parent(JsonNode root, string path)
    {
        var steps = new List<(string? Name, int Index)>();
        foreach (Match m in Step().Matches(path))
        {
            steps.Add(m.Groups["name"].Success ? (m.Groups["name"].Value, -1) : (null, int.Parse(m.Groups["index"].Value)));
        }

        JsonNode node = root;
        foreach ((string? name, int index) in steps[..^1])
        {
            node = (name is not null ? node[name] : node[index]) ?? throw new ArgumentException($"no {path} in the document");
        }

        return (node, steps[^1].Name, steps[^1].Index);
    }

    [GeneratedRegex(@"(?<name>[a-z_]+)|\[(?<index>\d+)\]")]
    private static partial Regex Step();
}
