using System.Text.Json;
using SmartReview.Benchmarks.Support;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Indicators;
using SmartReview.Rules.Settlements;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.Throughput;

/// <summary>
/// Where the time goes: the first settlements of the throughput file, in memory, through each stage of the pipeline
/// on one thread (split into lines, JSON tokens alone, parse + validate, score, write flags).
/// </summary>
internal static class StageProfile
{
    public const int DefaultCount = 20_000;
    private const int SettlementsPerBatch = 100;

    public static void Run(CompiledPack pack, string packName, string input, int count)
    {
        byte[] bytes = Head(input, count, out List<(int Start, int Length)> lines);
        var parser = new SettlementParser();
        var parsed = new Settlement[lines.Count];
        var flags = new IReadOnlyList<Flag>[lines.Count];
        Stage split = Stage.Time("split into lines (LineBatchReader)", lines.Count, () => Split(bytes));
        Stage tokens = Stage.Time("JSON tokens only (Utf8JsonReader, no objects)", lines.Count, () => Tokens(bytes, lines));
        // Parsed settlements are dropped as in the pipeline (kept, they would all survive to gen2 and inflate GC cost),
        // by a recycling parser as BatchScorer's; the fresh-objects row is what a caller that keeps settlements pays.
        var recycling = new SettlementParser(recycle: true);
        Stage parse = Stage.Time("parse + validate (SettlementParser, recycling)", lines.Count, () => Parse(bytes, lines, recycling, null));
        Stage fresh = Stage.Time("  the same with fresh objects (no recycling)", lines.Count, () => Parse(bytes, lines, parser, null));
        Parse(bytes, lines, parser, parsed);
        Stage validate = Stage.Time("  of which validate (SettlementValidator)", lines.Count, () => Validate(parsed));
        Stage score = Stage.Time($"score (Scorer, {packName} pack, stay history)", lines.Count, () => Score(pack, parsed, flags));
        var parseTypes = Allocations(() => Parse(bytes, lines, new SettlementParser(recycle: true), null));
        var scoreTypes = Allocations(() => Score(pack, parsed, flags));
        List<BatchResult> batches = Batches(pack, flags);
        Stage write = Stage.Time("write flags (JsonLinesSink)", lines.Count, () => Write(batches));
        Stage[] stages = [split, parse, score, write];
        double total = stages.Sum(s => s.MicrosecondsEach);
        var table = new Table($"Where the time goes: {N(lines.Count)} settlements, {Mb(bytes.Length)} MB, one thread",
            "stage", "µs/settlement", "share", "KB allocated/settlement", "settlements/min on 1 core");
        foreach (Stage s in new[] { split, tokens, parse, fresh, validate, score, write })
        {
            bool counted = stages.Contains(s);
            table.Row(s.Name, N(s.MicrosecondsEach, 1), counted ? N(s.MicrosecondsEach / total * 100, 0) + "%" : "", N(s.KilobytesEach, 1),
                N(60e6 / s.MicrosecondsEach));
        }

        table.Row("**sum of stages**", N(total, 1), "100%", N(stages.Sum(s => s.KilobytesEach), 1), N(60e6 / total));
        table.Row($"ideal on {Environment.ProcessorCount} cores (sum ÷ cores)", N(total / Environment.ProcessorCount, 1), "", "",
            N(60e6 / total * Environment.ProcessorCount));
        table.Print();
        Console.WriteLine($"Flags in the sample: {N(flags.Sum(f => f.Count))}; input {N(bytes.Length / (double)lines.Count)} bytes/settlement, "
            + $"parse {N(bytes.Length / 1048576.0 / parse.Elapsed.TotalSeconds, 1)} MB/s, tokens only {N(bytes.Length / 1048576.0 / tokens.Elapsed.TotalSeconds, 1)} MB/s on one core.");
        var types = new Table("What parse and score allocate (sampled by type, share of the stage's bytes)", "parse: type", "share", "score: type", "share");
        for (int i = 0; i < Math.Max(parseTypes.Count, scoreTypes.Count); i++)
        {
            (string Type, double Share)? p = i < parseTypes.Count ? parseTypes[i] : null, s = i < scoreTypes.Count ? scoreTypes[i] : null;
            types.Row(p?.Type, p is null ? "" : N(p.Value.Share * 100, 0) + "%", s?.Type, s is null ? "" : N(s.Value.Share * 100, 0) + "%");
        }

        types.Print();
        RuleCosts.Print(pack, parsed);
    }

    private static List<(string Type, double Share)> Allocations(Action pass)
    {
        using var sampler = new AllocationSampler();
        sampler.Start();
        pass();
        return sampler.Stop(top: 10);
    }

    /// <summary>The first <paramref name="count"/> lines of the file, in one array.</summary>
    private static byte[] Head(string input, int count, out List<(int Start, int Length)> lines)
    {
        using var file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        using var head = new MemoryStream();
        lines = [];
        var chunk = new byte[1 << 20];
        int read, start = 0;
        while (lines.Count < count && (read = file.Read(chunk)) > 0)
        {
            int offset = (int)head.Length;
            head.Write(chunk, 0, read);
            for (int i = 0; i < read && lines.Count < count; i++)
            {
                if (chunk[i] == (byte)'\n')
                {
                    lines.Add((start, offset + i - start));
                    start = offset + i + 1;
                }
            }
        }

        return head.GetBuffer().AsSpan(0, start).ToArray();
    }

    private static void Split(byte[] bytes)
    {
        var reader = new LineBatchReader(new MemoryStream(bytes));
        while (reader.ReadAsync().AsTask().GetAwaiter().GetResult() is { } batch)
        {
            batch.Dispose();
        }
    }

    private static void Tokens(byte[] bytes, List<(int Start, int Length)> lines)
    {
        foreach ((int start, int length) in lines)
        {
            var reader = new Utf8JsonReader(bytes.AsSpan(start, length));
            while (reader.Read())
            {
            }
        }
    }

    private static void Parse(byte[] bytes, List<(int Start, int Length)> lines, SettlementParser parser, Settlement[]? into)
    {
        for (int i = 0; i < lines.Count; i++)
        {
            ParseResult result = parser.Parse(bytes.AsSpan(lines[i].Start, lines[i].Length));
            Settlement settlement = result.Settlement ?? throw new InvalidOperationException($"line {i + 1} rejected: {result.Error}");
            if (into is not null)
            {
                into[i] = settlement;
            }
        }
    }

    private static void Validate(Settlement[] parsed)
    {
        foreach (Settlement s in parsed)
        {
            _ = SettlementValidator.Validate(s);
        }
    }

    private static void Score(CompiledPack pack, Settlement[] parsed, IReadOnlyList<Flag>[] into)
    {
        Scorer scorer = pack.CreateScorer(new InMemoryStayHistory());
        for (int i = 0; i < parsed.Length; i++)
        {
            into[i] = scorer.Score(parsed[i]);
        }
    }

    /// <summary>The scored flags cut into batches of the size the pipeline hands the sink (about 1 MB of input).</summary>
    private static List<BatchResult> Batches(CompiledPack pack, IReadOnlyList<Flag>[] flags) =>
        [.. flags.Chunk(SettlementsPerBatch).Select((chunk, i) =>
            new BatchResult(i, chunk.Length, chunk.Length, [.. chunk.SelectMany(f => f)], [], 0, pack.Label, new IndicatorTally()))];

    private static void Write(List<BatchResult> batches)
    {
        var sink = new JsonLinesSink(new CountingStream(), Stream.Null);
        foreach (BatchResult batch in batches)
        {
            sink.WriteAsync(batch, default).AsTask().GetAwaiter().GetResult();
        }
    }
}
