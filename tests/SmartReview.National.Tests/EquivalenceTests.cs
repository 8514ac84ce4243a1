using System.Text;
using SmartReview.National.Export;
using SmartReview.National.Sources;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using SmartReview.Synthetic;

namespace SmartReview.National.Tests;

/// <summary>Generated settlements → the five tables (shuffled) → fold → the same settlements and the same flags.</summary>
public sealed class EquivalenceTests
{
    private const int Count = 3000;

    [Fact]
    public async Task Fold_OfExportedTables_SameSettlementsAndFlagsAsJsonLines()
    {
        CancellationToken cancel = TestContext.Current.CancellationToken;
        CompiledPack pack = PackCompiler.Load(Path.Combine(AppContext.BaseDirectory, "packs", "starter", "pack.json"));
        var jsonl = new MemoryStream();
        SyntheticBatch.Write(pack, new GeneratorOptions { Count = Count, Seed = 11, SpanDays = 60 }, jsonl, Stream.Null);
        string folder = Path.Combine(Path.GetTempPath(), "sr-national-eq-" + Guid.NewGuid().ToString("N"));
        jsonl.Position = 0;
        ExportResult export = await NationalTables.WriteAsync(jsonl, folder, new ExportOptions { Seed = 5 }, cancel);
        var folded = new MemoryStream();
        var rejects = new FoldRejectList();

        FoldResult result = await NationalExtract.FoldAsync(new FolderSource(folder), folded, rejects, new FoldOptions { Partitions = 5, Workers = 2 }, cancel);

        Assert.Equal(Count, export.Settlements);
        Assert.True(FirstFeeRowsSpanSettlements(export.Files[NationalTable.FeeLine]) > 5, "fee rows of one settlement must not be adjacent");
        Assert.Empty(rejects.Items);
        Assert.Equal(Count, result.Settlements);
        Assert.True(result.Reconciles);
        Assert.Equal(export.Rows[NationalTable.FeeLine], result.Tables[NationalTable.FeeLine].Accepted);
        Assert.Equal(Canonical(jsonl), Canonical(folded));
        Assert.True(InDischargeOrder(folded), "the fold writes settlements in discharge order (the scorer's stay history is a sliding window)");
        IReadOnlyList<string> expected = await Flags(pack, jsonl, cancel), actual = await Flags(pack, folded, cancel);
        Assert.True(expected.Count > Count / 10, $"the starter pack should flag the generated violations (flags: {expected.Count})");
        Assert.Equal(expected, actual);
    }

    private static bool InDischargeOrder(MemoryStream jsonl)
    {
        var parser = new SettlementParser();
        DateTime[] discharges = [.. Encoding.UTF8.GetString(jsonl.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => parser.Parse(Encoding.UTF8.GetBytes(l)).Settlement!.DischargedAt)];
        return discharges.Zip(discharges.Skip(1)).All(p => p.First <= p.Second);
    }

    /// <summary>How many settlements the first 20 fee rows belong to.</summary>
    private static int FirstFeeRowsSpanSettlements(string path) =>
        File.ReadLines(path).Skip(1).Take(20).Select(l => l.Split(',')[1]).Distinct().Count();

    /// <summary>Each settlement parsed and written again by <see cref="SettlementWriter"/>, sorted.</summary>
    private static List<string> Canonical(MemoryStream jsonl)
    {
        var parser = new SettlementParser();
        var rewritten = new MemoryStream();
        using (var writer = new SettlementWriter(rewritten))
        {
            foreach (string line in Encoding.UTF8.GetString(jsonl.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries))
            {
                ParseResult parsed = parser.Parse(Encoding.UTF8.GetBytes(line));
                Assert.True(parsed.Ok, parsed.Error?.ToString());
                writer.Write(parsed.Settlement!);
            }
        }

        return [.. Encoding.UTF8.GetString(rewritten.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
    }

    private static async Task<IReadOnlyList<string>> Flags(CompiledPack pack, MemoryStream jsonl, CancellationToken cancel)
    {
        var flags = new MemoryStream();
        var rejects = new MemoryStream();
        var scorer = new BatchScorer(new PackRegistry(pack), new InMemoryStayHistory(pack.HistoryRetentionDays), workers: 2);
        BatchSummary summary = await scorer.ScoreAsync(new MemoryStream(jsonl.ToArray()), new JsonLinesSink(flags, rejects), cancel: cancel);
        Assert.Equal(Count, summary.Accepted);
        return [.. Encoding.UTF8.GetString(flags.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)];
    }
}
