using System.Text.Json;

namespace SmartReview.Cli.Tests;

public sealed class ScoreCommandTests
{
    [Fact]
    public async Task Score_AllRecordsValid_ExitsZeroAndWritesFlags()
    {
        string dir = CliRunner.TempFolder();
        string flags = Path.Combine(dir, "flags.jsonl"), rejects = Path.Combine(dir, "rejects.jsonl");

        CliRunner.Result result = await CliRunner.Run("score", CliRunner.TestData("valid.jsonl"), "--flags", flags, "--rejects", rejects, "--quiet");

        Assert.Equal(0, result.ExitCode);
        string[] flagLines = File.ReadAllLines(flags);
        JsonElement flag = JsonDocument.Parse(Assert.Single(flagLines, l => l.Contains("\"S-SEX\""))).RootElement;
        Assert.Equal("SR-001", flag.GetProperty("rule_id").GetString());
        Assert.Equal(37.00m, flag.GetProperty("amount").GetDecimal());
        Assert.Equal((37.00m, 37.00m), (flag.GetProperty("fund_amount").GetDecimal(), flag.GetProperty("ceiling").GetDecimal()));
        Assert.Equal("D001", flag.GetProperty("doctor").GetString());
        Assert.Equal(["D001"], flag.GetProperty("line_doctors").EnumerateArray().Select(d => d.GetString()));
        Assert.DoesNotContain(flagLines, l => l.Contains("\"S-CLEAN\""));
        Assert.Empty(File.ReadAllLines(rejects));
    }

    [Fact]
    public async Task Score_MalformedRecords_QuarantinesThemWithLineFieldAndReasonAndExitsThree()
    {
        string dir = CliRunner.TempFolder();
        string flags = Path.Combine(dir, "flags.jsonl"), rejects = Path.Combine(dir, "rejects.jsonl");

        CliRunner.Result result = await CliRunner.Run("score", CliRunner.TestData("mixed.jsonl"), "--flags", flags, "--rejects", rejects,
            "--quiet", "--lang", "en");

        Assert.Equal(3, result.ExitCode);
        JsonElement[] quarantined = [.. File.ReadAllLines(rejects).Select(l => JsonDocument.Parse(l).RootElement)];
        Assert.Equal([2L, 3L, 5L], quarantined.Select(r => r.GetProperty("line_number").GetInt64()));
        Assert.Equal(["(json)", "lines[1].quantity", "totals.total"], quarantined.Select(r => r.GetProperty("field").GetString()));
        Assert.Equal("S-NEG", quarantined[1].GetProperty("settlement_id").GetString());
        Assert.Contains("\"S-NEG\"", quarantined[1].GetProperty("record").GetString());
        Assert.Matches(@"Settlements received\s*│\s*5\s", result.Output);
        Assert.Matches(@"Accepted\s*│\s*2\s", result.Output);
        Assert.Matches(@"Rejected \(see rejects file\)\s*│\s*3\s", result.Output);
    }

    [Fact]
    public async Task Score_MissingInput_ExitsFour()
    {
        CliRunner.Result result = await CliRunner.Run("score", Path.Combine(CliRunner.TempFolder(), "nowhere.jsonl"), "--quiet");

        Assert.Equal(4, result.ExitCode);
        Assert.Contains("nowhere.jsonl", result.Error);
    }

    [Fact]
    public async Task Score_AsOf_JudgesA2024DischargeByTheNationalRuleFrom2025AndStatesTheBasis()
    {
        string dir = CliRunner.TempFolder();
        string byDischarge = Path.Combine(dir, "discharge.jsonl"), asOf = Path.Combine(dir, "as-of.jsonl");
        string pack = CliRunner.TestData("national-2025/pack.json"), input = CliRunner.TestData("valid.jsonl");

        CliRunner.Result before = await CliRunner.Run("score", input, "--pack", pack, "--flags", byDischarge, "--quiet", "--lang", "en",
            "--rejects", Path.Combine(dir, "r1.jsonl"));
        CliRunner.Result after = await CliRunner.Run("score", input, "--pack", pack, "--flags", asOf, "--quiet", "--lang", "en",
            "--rejects", Path.Combine(dir, "r2.jsonl"), "--as-of", "2025-06-01");

        Assert.Equal(0, before.ExitCode);
        Assert.Empty(File.ReadAllLines(byDischarge));
        Assert.Matches(@"Basis\s*│\s*by discharge date", before.Output);
        Assert.Equal(0, after.ExitCode);
        JsonElement flag = JsonDocument.Parse(Assert.Single(File.ReadAllLines(asOf))).RootElement;
        Assert.Equal("S-SEX", flag.GetProperty("settlement_id").GetString());
        Assert.Equal("national@2025.1", flag.GetProperty("pack").GetString());
        Assert.Equal("as-of:2025-06-01", flag.GetProperty("basis").GetString());
        Assert.Matches(@"Basis\s*│\s*as of 2025-06-01", after.Output);
    }

    [Fact]
    public async Task Score_BasisCurrent_FlagsTheSettlementByTodaysRules()
    {
        string flags = Path.Combine(CliRunner.TempFolder(), "flags.jsonl");

        CliRunner.Result result = await CliRunner.Run("score", CliRunner.TestData("valid.jsonl"), "--pack", CliRunner.TestData("national-2025/pack.json"),
            "--flags", flags, "--quiet", "--basis", "current");

        Assert.Equal(0, result.ExitCode);
        JsonElement flag = JsonDocument.Parse(Assert.Single(File.ReadAllLines(flags))).RootElement;
        Assert.StartsWith("current:", flag.GetProperty("basis").GetString());
        Assert.Contains("现行规则", result.Output);
    }

    [Fact]
    public async Task Score_AsOfNotADate_ExitsOneNamingTheOption()
    {
        CliRunner.Result result = await CliRunner.Run("score", CliRunner.TestData("valid.jsonl"), "--quiet", "--lang", "en", "--as-of", "2025-13-01");

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("--as-of must be a date, yyyy-MM-dd: 2025-13-01", result.Error);
    }

    [Fact]
    public async Task Score_InvalidPack_ExitsFiveAndNamesEveryRuleAndField()
    {
        CliRunner.Result result = await CliRunner.Run("score", CliRunner.TestData("valid.jsonl"), "--pack", CliRunner.TestData("bad-pack/pack.json"),
            "--quiet", "--lang", "en", "--flags", Path.Combine(CliRunner.TempFolder(), "f.jsonl"));

        Assert.Equal(5, result.ExitCode);
        Assert.Contains("rule B-1: family: unknown family 'no_such_family'", result.Output);
        Assert.Contains("rule B-2: name.en: required field is missing", result.Output);
        Assert.Contains("rule B-2: result: 'maybe' is not one of definite, suspicious", result.Output);
        Assert.Contains("rule B-2: effective.from: expected a date yyyy-MM-dd", result.Output);
        Assert.Contains("rule B-2: parameters.threshold:", result.Output);
    }
}
