using SmartReview.National.Sources;
using SmartReview.Rules.Settlements;

namespace SmartReview.National.Tests.Support;

/// <summary>Runs the fold on a folder and parses what it wrote.</summary>
internal static class Fold
{
    public static async Task<(FoldResult Result, List<Settlement> Settlements, List<FoldReject> Rejects)> Run(string folder, FoldOptions? options = null)
    {
        var output = new MemoryStream();
        var rejects = new FoldRejectList();
        FoldResult result = await NationalExtract.FoldAsync(new FolderSource(folder), output, rejects, options ?? new FoldOptions { Partitions = 3 },
            TestContext.Current.CancellationToken);
        var parser = new SettlementParser();
        var settlements = new List<Settlement>();
        foreach (string line in System.Text.Encoding.UTF8.GetString(output.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            ParseResult parsed = parser.Parse(System.Text.Encoding.UTF8.GetBytes(line));
            Assert.True(parsed.Ok, $"the fold wrote a record the reader rejects: {parsed.Error}");
            settlements.Add(parsed.Settlement!);
        }

        return (result, settlements, [.. rejects.Items]);
    }
}
