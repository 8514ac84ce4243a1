using System.IO.Compression;
using System.Text.Json;

namespace SmartReview.Cli.Tests;

public sealed class NationalExtractCommandTests
{
    [Fact]
    public async Task Score_ZipOfGeneratedNationalTables_FlagsEqualTheTruthAndTablesReconcile()
    {
        string dir = CliRunner.TempFolder();
        string tables = Path.Combine(dir, "extract"), zip = Path.Combine(dir, "extract.zip");
        CliRunner.Result generated = await CliRunner.Run("generate", "--count", "400", "--seed", "4", "--format", "national", "--out", tables, "--lang", "en");
        ZipFile.CreateFromDirectory(tables, zip);

        CliRunner.Result result = await CliRunner.Run("score", zip, "--quiet", "--lang", "en");

        Assert.Equal(0, generated.ExitCode);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllLines(Path.Combine(dir, "extract.truth.jsonl")).Length, File.ReadAllLines(Path.Combine(dir, "extract.flags.jsonl")).Length);
        Assert.Matches(@"FEE_LIST_D\s*│\s*1\s*│\s*[\d,]+\s*│\s*[\d,]+\s*│\s*0\s*│\s*✓", result.Output);
        Assert.Matches(@"Settlements received\s*│\s*400\s", result.Output);
    }

    [Fact]
    public async Task Score_FolderWithUnmappedGender_RejectInRejectsFileAndExitsThree()
    {
        string dir = CliRunner.TempFolder();
        string tables = Path.Combine(dir, "extract");
        await CliRunner.Run("generate", "--count", "50", "--seed", "4", "--format", "national", "--out", tables);
        string visits = Path.Combine(tables, "mdtrt_d.csv");
        string[] lines = File.ReadAllLines(visits);
        string[] first = lines[1].Split(',');
        first[2] = "9";
        lines[1] = string.Join(',', first);
        File.WriteAllLines(visits, lines);

        CliRunner.Result result = await CliRunner.Run("score", tables, "--quiet", "--lang", "en");

        Assert.Equal(3, result.ExitCode);
        JsonElement reject = JsonDocument.Parse(File.ReadLines(Path.Combine(dir, "extract.rejects.jsonl")).First()).RootElement;
        Assert.Equal(("MDTRT_D", "mdtrt_d.csv", 2L, "MDTRT_D.gend", "9"), (reject.GetProperty("table").GetString(), reject.GetProperty("file").GetString(),
            reject.GetProperty("line_number").GetInt64(), reject.GetProperty("field").GetString(), reject.GetProperty("value").GetString()));
        Assert.Matches(@"MDTRT_D\s*│\s*1\s*│\s*50\s*│\s*49\s*│\s*1\s*│\s*✓", result.Output);
        Assert.Matches(@"Settlements received\s*│\s*49\s", result.Output);
    }
}
