using SmartReview.National.Tests.Support;
using SmartReview.Rules.Settlements;

namespace SmartReview.National.Tests;

public sealed class FormatTests
{
    public static TheoryData<string> Styles => ["plain", "bom", "gbk", "gbk-forced", "upper-reversed-extra", "lf", "neutral-names"];

    private static WriteStyle StyleOf(string name) => name switch
    {
        "bom" => new WriteStyle { Bom = true },
        "gbk" or "gbk-forced" => new WriteStyle { Encoding = WriteStyle.Gbk },
        "upper-reversed-extra" => new WriteStyle { UpperCaseHeader = true, ReverseColumns = true, ExtraColumns = true },
        "lf" => new WriteStyle { NewLine = "\n" },
        "neutral-names" => new WriteStyle { NeutralNames = true, ReverseColumns = true },
        _ => new WriteStyle(),
    };

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task Fold_AnyStyleOfExport_SameSettlement(string style)
    {
        string folder = new Extract().Write(StyleOf(style));
        FoldOptions options = style == "gbk-forced" ? new FoldOptions { Encoding = WriteStyle.Gbk } : new FoldOptions();

        (FoldResult result, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(folder, options);

        Assert.Empty(rejects);
        Settlement s = Assert.Single(settlements);
        Assert.Equal("S1", s.Id);
        Assert.Equal("杭州市第七人民医院,总院", s.Facility.Name);
        Assert.Equal(3, s.Facility.Level);
        Assert.Equal(Sex.Female, s.Person.Sex);
        Assert.Equal(Scheme.Employee, s.Scheme);
        Assert.Equal(CareSetting.Inpatient, s.Setting);
        Assert.Equal(new DateTime(2024, 3, 1, 0, 30, 0, DateTimeKind.Utc), s.AdmittedAt);
        Assert.Equal(["1", "2"], s.Lines.Select(l => l.LineId));
        Assert.Equal("床位费 \"单人\", 加床", s.Lines[1].Name);
        Assert.Equal(ItemCategory.Bed, s.Lines[0].Category);
        Assert.Equal(PaymentClass.A, s.Lines[0].PaymentClass);
        Assert.Equal(new Totals(90m, 70m, 15m, 5m), s.Totals);
        Assert.Equal(["J18.900", "I10.x00"], s.Diagnoses.Select(d => d.Code));
        Assert.True(s.Diagnoses[0].Main);
        Operation o = Assert.Single(s.Operations);
        Assert.Equal(new DateTime(2024, 3, 2, 2, 0, 0, DateTimeKind.Utc), o.PerformedAt);
        Assert.True(result.Reconciles);
        Assert.Equal(2, result.Tables[NationalTable.FeeLine].Accepted);
    }

    [Fact]
    public void Detect_GbkBytes_Gb18030AndUtf8Bytes_Utf8()
    {
        byte[] gbk = WriteStyle.Gbk.GetBytes("setl_id,diag_name\r\nS1,肺炎\r\n");
        byte[] utf8 = System.Text.Encoding.UTF8.GetBytes("setl_id,diag_name\r\nS1,肺炎\r\n");

        Assert.Equal(54936, Reading.TextDecoding.Detect(gbk).CodePage);
        Assert.Equal(65001, Reading.TextDecoding.Detect(utf8).CodePage);
        Assert.Equal(65001, Reading.TextDecoding.Detect(utf8.AsSpan(0, utf8.Length - 4)).CodePage); // cut inside a character
    }

    [Fact]
    public async Task Fold_DateOnlyColumns_BegndateAccepted()
    {
        var extract = new Extract();
        extract.Visit = extract.Visit with { Header = [.. extract.Visit.Header.Select(h => h switch { "begntime" => "begndate", "endtime" => "enddate", _ => h })] };
        extract.Visit = extract.Visit.With("begndate", 0, "2024-03-01").With("enddate", 0, "2024-03-08");

        (_, List<Settlement> settlements, List<FoldReject> rejects) = await Fold.Run(extract.Write());

        Assert.Empty(rejects);
        Assert.Equal(new DateTime(2024, 2, 29, 16, 0, 0, DateTimeKind.Utc), Assert.Single(settlements).AdmittedAt);
    }

    [Fact]
    public async Task Fold_MissingRequiredColumn_ErrorNamesTableAndColumn()
    {
        var extract = new Extract();
        extract.Settlement = extract.Settlement.Without("fund_pay_sumamt");

        var error = await Assert.ThrowsAsync<NationalExtractException>(() => Fold.Run(extract.Write()));

        Assert.Contains("SETL_D", error.Message, StringComparison.Ordinal);
        Assert.Contains("fund_pay_sumamt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fold_UnknownFile_ErrorNamesFile()
    {
        string folder = new Extract().Write();
        File.WriteAllText(Path.Combine(folder, "readme.txt"), "hello,world\r\n1,2\r\n");

        var error = await Assert.ThrowsAsync<NationalExtractException>(() => Fold.Run(folder));

        Assert.Contains("readme.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fold_NoOperationsFile_Accepted()
    {
        string folder = new Extract().Write();
        File.Delete(Path.Combine(folder, "oprn.csv"));

        (FoldResult result, List<Settlement> settlements, _) = await Fold.Run(folder);

        Assert.Empty(Assert.Single(settlements).Operations);
        Assert.Equal(0, result.Tables[NationalTable.Operation].Files);
    }
}
