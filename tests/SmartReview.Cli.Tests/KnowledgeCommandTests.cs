namespace SmartReview.Cli.Tests;

public sealed class KnowledgeCommandTests
{
    [Fact]
    public async Task KnowledgeImport_ALaterBatchWithdrawsAPoint_TheLevelSetLosesItAndCountsReconcile()
    {
        string first = Path.Combine(CliRunner.TempFolder(), "out"), both = Path.Combine(CliRunner.TempFolder(), "out");

        CliRunner.Result one = await CliRunner.Run("knowledge", "import", CliRunner.TestData("knowledge/batch-1.jsonl"), "--out", first, "--lang", "en");
        CliRunner.Result two = await CliRunner.Run("knowledge", "import", CliRunner.TestData("knowledge/batch-1.jsonl"),
            CliRunner.TestData("knowledge/withdraw-level.jsonl"), "--out", both, "--lang", "en");

        Assert.Equal(0, one.ExitCode);
        Assert.Equal(0, two.ExitCode);
        Assert.Contains("reconciles ✓", two.Output);
        Assert.Contains("1 withdrawals", two.Output);
        Assert.Contains("乙注射液", File.ReadAllText(Path.Combine(first, "nhsa-drug-level-items.jsonl")));
        Assert.False(File.Exists(Path.Combine(both, "nhsa-drug-level-items.jsonl")) && File.ReadAllText(Path.Combine(both, "nhsa-drug-level-items.jsonl")).Contains("乙注射液"));
    }
}
