namespace SmartReview.Cli.Tests;

public sealed class GenerateCommandTests
{
    [Fact]
    public async Task Generate_PackWithConflictingRules_NamesTheCompoundPlantsAndPlantsEveryRule()
    {
        // Arrange: the synthetic tests' conflict pack, whose pair of care settings and out-of-reach amount limit can only
        // be planted together with the rules they break.
        string dir = CliRunner.TempFolder();
        string output = Path.Combine(dir, "batch.jsonl"), truth = Path.Combine(dir, "batch.truth.jsonl");

        // Act
        CliRunner.Result result = await CliRunner.Run("generate", "--pack", CliRunner.TestData("conflict-pack/pack.json"),
            "--count", "4000", "--seed", "11", "--out", output, "--lang", "en");

        // Assert
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Rule CF-PAIR-SETTING planted as a compound plant", result.Output);
        Assert.Contains("Rule CF-AMOUNT planted as a compound plant", result.Output);
        Assert.DoesNotContain("No violations planted", result.Output);
        string truthText = File.ReadAllText(truth);
        Assert.All(["CF-SETTING", "CF-PAIR-SETTING", "CF-QUANTITY", "CF-AMOUNT", "CF-AGE", "CF-PAIR-NEONATE"],
            rule => Assert.Contains($"\"{rule}\"", truthText));
    }
}
