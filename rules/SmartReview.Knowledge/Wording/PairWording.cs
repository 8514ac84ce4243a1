using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace SmartReview.Knowledge.Wording;

/// <summary>
/// Two items not chargeable together, for <c>exclusive_pair</c>: the entry's codes are one side, attribute
/// <c>excludes</c> the other. The structure decides it is a pair (the rule, two or more codes); the wording only
/// chooses the sides and explains. Sides, first that applies: codes written on the sides of "A已包含B", "A和B同时收费"
/// (wording-patterns.json); codes written in the wording beside the point's own; the point's codes split by kind
/// (a service contains a consumable or drug); one code a side for exactly two codes. Only codes written in the wording
/// orient the pair ("A包含B"); otherwise the lower code is the containing side, so "A和B" and "B和A" give one entry
/// (the flag fires the same either way; only which side's lines count as the amount depends on it). More codes without
/// sides, or fewer than two items with codes, stay text-only as items charged together: never flagged one alone.
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
        string[] other = [.. CodeMentions.In(input.Text).Except(input.Codes)];
        string[] known = [.. input.Codes.Concat(other)];
        (string[] A, string[] B, bool Oriented)? pair = (sides is not null ? Written(sides, input.Codes, contains is not null) : null)
            ?? (other.Length > 0 && input.Codes.Count > 0 ? (input.Codes.ToArray(), other, true) : ByKind(input.Codes))
            ?? (input.Codes.Count == 2 ? (new[] { input.Codes[0] }, new[] { input.Codes[1] }, false) : ((string[], string[], bool)?)null);
        if (pair is not ({ Length: > 0 } a, { Length: > 0 } b, bool oriented) || a.Intersect(b).Any())
        {
            return Structure.TextTogether(known.Length < 2 ? "pair.other_item_uncoded" : "pair.sides_unknown", known);
        }

        if (!oriented && string.CompareOrdinal(b.Min(), a.Min()) < 0)
        {
            (a, b) = (b, a);
        }

        return new Structure(new JsonObject { ["excludes"] = new JsonArray([.. b.Select(c => JsonValue.Create(c))]) }, null) { Codes = a };
    }

    /// <summary>Sides from the codes written in them: a side without codes is the point's codes not on the other side;
    /// null when neither side names a code.</summary>
    private static (string[] A, string[] B, bool Oriented)? Written(Match sides, IReadOnlyList<string> codes, bool oriented)
    {
        string[] a = [.. CodeMentions.In(sides.Groups["a"].Value)];
        string[] b = [.. CodeMentions.In(sides.Groups["b"].Value)];
        return (a.Length, b.Length) switch
        {
            ( > 0, > 0) => (a, b, oriented),
            ( > 0, 0) => (a, [.. codes.Except(a)], oriented),
            (0, > 0) => ([.. codes.Except(b)], b, oriented),
            _ => null,
        };
    }

    /// <summary>A service beside consumables or drugs: the service contains them (医疗服务项目与医用耗材重复收费).</summary>
    private static (string[] A, string[] B, bool Oriented)? ByKind(IReadOnlyList<string> codes)
    {
        string[] services = [.. codes.Where(c => c.All(char.IsAsciiDigit))];
        string[] others = [.. codes.Except(services)];
        return services.Length > 0 && others.Length > 0 ? (services, others, true) : null;
    }
}
