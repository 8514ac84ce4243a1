namespace SmartReview.Cli.Tests;

public sealed class ExplainCommandTests
{
    [Fact]
    public async Task Explain_RuleThatFired_ListsConditionsAndTheFlagInChinese()
    {
        CliRunner.Result result = await CliRunner.Run("explain", CliRunner.TestData("valid.jsonl"), "--settlement", "S-SEX", "--rule", "SR-001");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("✓ 明细2（ZD03AAA0043010100166）限女性，患者为男性", result.Output);
        Assert.Contains("结论：规则触发", result.Output);
        Assert.Contains("艾附暖宫丸", result.Output);
    }

    [Fact]
    public async Task Explain_RuleThatDidNotFire_SaysWhyInEnglish()
    {
        CliRunner.Result result = await CliRunner.Run("explain", CliRunner.TestData("valid.jsonl"), "--settlement", "S-CLEAN", "--rule", "SR-012",
            "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("✗ total ¥120.00 at or above ¥40000", result.Output);
        Assert.Contains("Result: the rule did not fire", result.Output);
    }

    [Fact]
    public async Task Explain_AsOf_RuleNotInForceOnDischargeFiresAsOfTheDateAndSaysSo()
    {
        string pack = CliRunner.TestData("national-2025/pack.json"), input = CliRunner.TestData("valid.jsonl");

        CliRunner.Result byDischarge = await CliRunner.Run("explain", input, "--settlement", "S-SEX", "--rule", "N-SEX", "--pack", pack, "--lang", "en");
        CliRunner.Result asOf = await CliRunner.Run("explain", input, "--settlement", "S-SEX", "--rule", "N-SEX", "--pack", pack, "--lang", "en",
            "--as-of", "2025-06-01");

        Assert.Equal(0, byDischarge.ExitCode);
        Assert.Contains("✗ discharge date 2024-03-05: the rule is in force (from 2025-01-01 to —)", byDischarge.Output);
        Assert.Contains("Judged by rule pack national@2025.1, discharge date 2024-03-05", byDischarge.Output);
        Assert.Contains("Result: the rule did not fire", byDischarge.Output);
        Assert.Equal(0, asOf.ExitCode);
        Assert.Contains("✓ as of 2025-06-01: the rule is in force (from 2025-01-01 to —)", asOf.Output);
        Assert.Contains("Judged by rule pack national@2025.1, as of 2025-06-01", asOf.Output);
        Assert.Contains("Result: the rule fired", asOf.Output);
    }

    [Fact]
    public async Task Explain_UnknownRule_FailsListingTheRules()
    {
        CliRunner.Result result = await CliRunner.Run("explain", CliRunner.TestData("valid.jsonl"), "--settlement", "S-CLEAN", "--rule", "NOPE");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("SR-001", result.Error);
    }
}
