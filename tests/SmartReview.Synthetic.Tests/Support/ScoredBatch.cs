using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;

namespace SmartReview.Synthetic.Tests.Support;

/// <summary>A generated batch read back with the engine: parsed settlements, rejected lines, and every flag the pack raised.</summary>
internal sealed class ScoredBatch
{
    private ScoredBatch(IReadOnlyList<Settlement> settlements, IReadOnlyList<(long Line, RecordError Error)> rejected, IReadOnlyList<Flag> flags)
    {
        Settlements = settlements;
        Rejected = rejected;
        Flags = flags;
    }

    public IReadOnlyList<Settlement> Settlements { get; }

    public IReadOnlyList<(long Line, RecordError Error)> Rejected { get; }

    public IReadOnlyList<Flag> Flags { get; }

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<GeneratedBatch, Lazy<ScoredBatch>> Cache = [];

    /// <summary>Parses and scores every record in order, once per batch (the result is cached with the batch).</summary>
    public static ScoredBatch Score(string pack, GeneratedBatch batch) =>
        Cache.GetValue(batch, b => new Lazy<ScoredBatch>(() => Run(pack, b))).Value;

    private static ScoredBatch Run(string pack, GeneratedBatch batch)
    {
        var parser = new SettlementParser();
        CompiledPack compiled = Packs.Get(pack);
        Scorer scorer = compiled.CreateScorer(new InMemoryStayHistory(compiled.HistoryRetentionDays));
        var settlements = new List<Settlement>();
        var rejected = new List<(long, RecordError)>();
        var flags = new List<Flag>();
        foreach ((long number, ReadOnlyMemory<byte> record) in batch.Records())
        {
            ParseResult parsed = parser.Parse(record.Span);
            if (!parsed.Ok)
            {
                rejected.Add((number, parsed.Error));
                continue;
            }

            settlements.Add(parsed.Settlement);
            flags.AddRange(scorer.Score(parsed.Settlement));
        }

        return new ScoredBatch(settlements, rejected, flags);
    }
}
