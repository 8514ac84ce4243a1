using System.Runtime.CompilerServices;

namespace SmartReview.Cli.Tests;

/// <summary><c>knowledge import --pack</c> on a copy of the national pack, then <c>rules diff</c> between the two versions.</summary>
public sealed class KnowledgePackTests
{
    private static string NhsaPoints([CallerFilePath] string source = "") =>
        Environment.GetEnvironmentVariable("NHSA_KNOWLEDGE_POINTS")
        ?? Path.GetFullPath(Path.Combine(Path.GetDirectoryName(source)!, "..", "..", "..", "shared", "domain", "knowledge", "nhsa-knowledge-points.jsonl"));

    private static string CopyNationalPack()
    {
        string national = Path.Combine(AppContext.BaseDirectory, "packs", "national"), folder = CliRunner.TempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "knowledge"));
        foreach (string file in Directory.GetFiles(national, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, Path.Combine(folder, Path.GetRelativePath(national, file)));
        }

        return Path.Combine(folder, "pack.json");
    }

    [Fact]
    public async Task KnowledgeImportWithPack_NewBatch_AddsRulesThatRulesDiffLists()
    {
        string pack = CopyNationalPack(), old = CopyNationalPack();

        CliRunner.Result import = await CliRunner.Run("knowledge", "import", NhsaPoints(), CliRunner.TestData("knowledge/family-batch-1.jsonl"),
            "--pack", pack, "--lang", "en");
        CliRunner.Result diff = await CliRunner.Run("rules", "diff", old, pack, "--lang", "en");

        Assert.Equal(0, import.ExitCode);
        Assert.Contains("Pack version 2026.1 → 2026.2: 11 rules added", import.Output);
        Assert.Equal(0, diff.ExitCode);
        Assert.Contains("national@2026.1", diff.Output);
        Assert.Contains("+ NAT-GZ10000102012000 Duplicate charge", diff.Output);
        Assert.Contains("+ NAT-2025-SERVICE-AGE Service restricted by age", diff.Output);
        Assert.DoesNotContain("~ NAT-", diff.Output);
        Assert.Contains("Knowledge: 16 added, 0 removed, 0 changed", diff.Output);
    }
}
