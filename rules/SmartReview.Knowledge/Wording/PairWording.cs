using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Two items not chargeable together, for <c>exclusive_pair</c>: the entry's codes are one side, attribute
/// <c>excludes</c> the other. The wording gives the sides ("项目A和项目B同时收费", "A包含B", patterns in
/// wording-patterns.json); each side's codes are the codes written in it, else the point's codes not written on the
/// other side, else — a point of exactly two codes — one code a side. "A包含B" says which side contains the other;
/// otherwise the side with the lower code is the containing one, so "A和B" and "B和A" give the same entry (the
/// flag fires the same either way; only which side's lines count as the amount depends on it). Wording without two
/// sides, or sides that share a code, stays text-only.
/// </summary>
internal sealed class PairWording(WordingPatterns patterns) : IWordingReader
{
    private readonly IReadOnlyList<Regex> _contains = patterns.Patterns("pair", "contains");
    private readonly IReadOnlyList<Regex> _sides = patterns.Patterns("pair", "sides");

    public string Name => "pair";

    public Structure Read(WordingInput input)
    {
        Match? contains = _contains.Select(p => p.Match(input.Text)).FirstOrDefault(m => m.Success);
        Match? sides = contains ?? _sides.Select(p => p.Match(input.Text)).FirstOrDefault(m => m.Success);
        string[] written = [.. CodeMentions.In(input.Text)];
        (string[] A, string[] B)? pair = sides is not null ? Split(sides, input.Codes)
            : written.Except(input.Codes).ToArray() is { Length: > 0 } other && input.Codes.Count > 0 ? ([.. input.Codes.Except(other)], other)
            : null;
        if (pair is not ({ Length: > 0 } a, { Length: > 0 } b) || a.Intersect(b).Any())
        {
            return Structure.TextOnly("other", "pair.sides_unknown");
        }

        bool oriented = contains is not null || sides is null;
        if (!oriented && string.CompareOrdinal(b.Min(), a.Min()) < 0)
        {
            (a, b) = (b, a);
        }

        return new Structure(new JsonObject { ["excludes"] = new JsonArray([.. b.Select(c => JsonValue.Create(c))]) }, null) { Codes = a };
    }

    private static (string[] A, string[] B)? Split(Match sides, IReadOnlyList<string> codes)
    {
        string[] a = [.. CodeMentions.In(sides.Groups["a"].Value)];
        string[] b = [.. CodeMentions.In(sides.Groups["b"].Value)];
        return (a.Length, b.Length) switch
        {
            ( > 0, > 0) => (a, b),
            ( > 0, 0) => (a, [.. codes.Except(a)]),
            (0, > 0) => ([.. codes.Except(b)], b),
            _ when codes.Count == 2 => ([codes[0]], [codes[1]]),
            _ => null,
        };
    }
}
