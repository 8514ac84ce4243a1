namespace SmartReview.Cli.Tests;

public sealed class RulesCommandTests
{
    [Fact]
    public async Task RulesDiff_ProvinceToCity_ShowsAddedOverriddenAndSwitchedOffRules()
    {
        CliRunner.Result result = await CliRunner.Run("rules", "diff", CliRunner.TestData("layered/province/pack.json"),
            CliRunner.TestData("layered/city/pack.json"), "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("+ C-LARGE Large-claim pre-audit (large_claim)", result.Output);
        Assert.Contains("parameters.interval_days: 15 → 7", result.Output);
        Assert.Contains("enabled: True → False", result.Output);
        Assert.Contains("Knowledge: 0 added, 0 removed, 1 changed", result.Output);
    }

    [Fact]
    public async Task RulesValidate_ValidAndInvalidPacks_ExitZeroAndFive()
    {
        CliRunner.Result valid = await CliRunner.Run("rules", "validate", CliRunner.TestData("layered/city/pack.json"), "--lang", "en");
        CliRunner.Result invalid = await CliRunner.Run("rules", "validate", CliRunner.TestData("bad-pack/pack.json"), "--lang", "en");

        Assert.Equal(0, valid.ExitCode);
        Assert.Contains("Pack city@2026.2 is valid: 4 rules, 2 knowledge entries", valid.Output);
        Assert.Equal(5, invalid.ExitCode);
        Assert.Contains("rule B-1: family: unknown family 'no_such_family'", invalid.Output);
    }

    [Fact]
    public async Task RulesValidate_ShippedLocalPack_IsValidWithTheProvincialRulesAndItsOwn()
    {
        string local = Path.Combine(AppContext.BaseDirectory, "packs", "local", "pack.json");

        CliRunner.Result result = await CliRunner.Run("rules", "validate", local, "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Pack local@2026.1 is valid: 349 rules", result.Output);
    }

    [Fact]
    public async Task RulesList_StarterPack_ListsEveryRuleWithItsOrigin()
    {
        CliRunner.Result result = await CliRunner.Run("rules", "list", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        foreach (string id in Enumerable.Range(1, 12).Select(i => $"SR-{i:D3}"))
        {
            Assert.Contains(id, result.Output);
        }
    }
}
