using System.Text.Json.Nodes;
using SmartReview.Knowledge.Tests.Support;

namespace SmartReview.Knowledge.Tests.Import;

/// <summary>
/// One point of a test batch in the published format with one column of ours, <c>expect</c>: the entry it must
/// produce (family, set, codes, attributes, or the text-only reason; <c>same_as</c>: the earlier point it restates) or
/// the skip reason. The importer ignores the extra column. A batch is imported after the files before it in <see cref="Sequence"/>.
/// </summary>
internal sealed record FrameworkPointCase(string Id, string File, JsonObject Expect)
{
    public const string FrameworkFile = "framework-points.jsonl";

    /// <summary>Files with cases, each with the files imported before it.</summary>
    public static readonly IReadOnlyDictionary<string, string[]> Sequence = new Dictionary<string, string[]>
    {
        [FrameworkFile] = [FrameworkFile],
        ["family-batch-1.jsonl"] = ["family-batch-1.jsonl"],
        ["family-batch-2.jsonl"] = ["family-batch-1.jsonl", "family-batch-2.jsonl"],
        ["held-back-1.jsonl"] = ["held-back-1.jsonl"],
    };

    public static readonly IReadOnlyDictionary<string, FrameworkPointCase> All =
        Sequence.Keys.SelectMany(f => System.IO.File.ReadLines(Paths.TestData("batches", f)).Where(l => l.Length > 0)
            .Select(l => JsonNode.Parse(l)!.AsObject()).Where(o => o["expect"] is not null)
            .Select(o => new FrameworkPointCase((string)o["id"]!, f, o["expect"]!.AsObject())))
            .ToDictionary(c => c.Id);

    public static TheoryData<string> Ids => [.. All.Keys];

    public string? Family => (string?)Expect["family"];
    public string? Set => (string?)Expect["set"];
    public string? TextOnly => (string?)Expect["text_only"];
    public string? Skip => (string?)Expect["skip"];
    public string? SameAs => (string?)Expect["same_as"];
    public JsonObject? Attributes => Expect["attributes"]?.AsObject();
    public IReadOnlyList<string> Codes => [.. (Expect["codes"]?.AsArray() ?? []).Select(c => (string)c!)];
}
