using SmartReview.Knowledge.Tests.Support;

namespace SmartReview.Knowledge.Tests;

/// <summary>
/// The knowledge files under rules/packs/national/knowledge/ and docs/knowledge-import-report.* are generated data:
/// they must equal a fresh import of the real file. Regenerate with <c>SMARTREVIEW_REGENERATE_KNOWLEDGE=1</c>.
/// </summary>
public sealed class CommittedKnowledgeTests(RealImport import) : IClassFixture<RealImport>
{
    private static readonly bool Regenerate = Environment.GetEnvironmentVariable("SMARTREVIEW_REGENERATE_KNOWLEDGE") == "1";

    [Fact]
    public void Import_RealFile_MatchesCommittedKnowledgeAndReport()
    {
        Dictionary<string, string> expected = Directory.GetFiles(import.Folder, "*.jsonl")
            .ToDictionary(f => Path.Combine(Paths.NationalKnowledge, Path.GetFileName(f)), File.ReadAllText);
        expected[Path.Combine(Paths.Repository, "docs", "knowledge-import-report.md")] = import.Run.Report.ToMarkdown();
        expected[Path.Combine(Paths.Repository, "docs", "knowledge-import-report.json")] = import.Run.Report.ToJson();
        if (Regenerate)
        {
            Write(expected);
        }

        string[] committed = Directory.Exists(Paths.NationalKnowledge) ? Directory.GetFiles(Paths.NationalKnowledge, "*.jsonl") : [];
        Assert.Equal(expected.Keys.Where(k => k.EndsWith(".jsonl", StringComparison.Ordinal)).Order(), committed.Order());
        foreach ((string path, string content) in expected)
        {
            Assert.True(content == File.ReadAllText(path), $"{path} differs from a fresh import; run the tests with SMARTREVIEW_REGENERATE_KNOWLEDGE=1");
        }
    }

    private static void Write(Dictionary<string, string> files)
    {
        Directory.CreateDirectory(Paths.NationalKnowledge);
        foreach (string stale in Directory.GetFiles(Paths.NationalKnowledge, "*.jsonl").Where(f => !files.ContainsKey(f)))
        {
            File.Delete(stale);
        }

        foreach ((string path, string content) in files)
        {
            File.WriteAllText(path, content);
        }
    }
}
