using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace SmartReview.Rules.Tests.Support;

/// <summary>TestData/Settlements/valid.json, as written there and as an extract writes it.</summary>
internal static class ValidRecord
{
    public static readonly string Text = File.ReadAllText(TestFiles.Data("Settlements", "valid.json"));

    /// <summary>How extracts write records: non-ASCII text and '+' unescaped.</summary>
    public static readonly JsonSerializerOptions AsExtracts = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The record on one line, as an extract writes it.</summary>
    public static string OneLine() => JsonNode.Parse(Text)!.ToJsonString(AsExtracts);
}
