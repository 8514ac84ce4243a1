using System.Text.Json.Nodes;
using SmartReview.Knowledge.Tests.Support;

namespace SmartReview.Knowledge.Tests.Import;

/// <summary>
/// One point of TestData/batches/framework-points.jsonl, a batch in the published format with one column of ours,
/// <c>expect</c>: the entry it must produce (family, set, codes, attributes, or the text-only reason) or the skip reason.
/// The importer ignores the extra column.
/// </summary>
internal sealed record FrameworkPointCase(string Id, JsonObject Expect)
{
    public const string File = "framework-points.jsonl";

    public static readonly IReadOnlyDictionary<string, FrameworkPointCase> All =
        System.IO.File.ReadLines(Paths.TestData("batches", File)).Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!.AsObject())
            .Select(o => new FrameworkPointCase((string)o["id"]!, o["expect"]!.AsObject()))
            .ToDictionary(c => c.Id);

    public static TheoryData<string> Ids => [.. All.Keys];

    public string? Family => (string?)Expect["family"];
    public string? Set => (string?)Expect["set"];
    public string? TextOnly => (string?)Expect["text_only"];
    public string? Skip => (string?)Expect["skip"];
    public JsonObject? Attributes => Expect["attributes"]?.AsObject();
    public IReadOnlyList<string> Codes => [.. (Expect["codes"]?.AsArray() ?? []).Select(c => (string)c!)];
}
