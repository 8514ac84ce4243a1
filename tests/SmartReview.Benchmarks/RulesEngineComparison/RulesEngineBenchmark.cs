using RulesEngine.Models;
using SmartReview.Benchmarks.Support;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Settlements;
using static SmartReview.Benchmarks.Support.Format;

namespace SmartReview.Benchmarks.RulesEngineComparison;

/// <summary>
/// Measure 4: the starter rules in SmartReview and in Microsoft RulesEngine (starter-workflow.json) over the same
/// synthetic settlements on one thread, parse excluded and included, and whether they hit the same settlements.
/// Split admission is left out of the comparison: it needs the stay history, which RulesEngine has no place for.
/// </summary>
internal static class RulesEngineBenchmark
{
    public const int DefaultCount = 20_000;
    private const int Passes = 3;

    public static void Run(BenchOptions options)
    {
        int count = options.CountOr(DefaultCount);
        CompiledPack starter = BenchPacks.Load(BenchPacks.Starter);
        CompiledPack comparable = PackCompiler.Compile(starter.Source with
        {
            Rules = [.. starter.Source.Rules.Where(r => r.Family != "split_admission")],
        });
        List<byte[]> lines = SyntheticData.Lines(starter, count, options.Seed);
        var parser = new SettlementParser();
        Settlement[] settlements = [.. lines.Select(l => parser.Parse(l).Settlement ?? throw new InvalidOperationException("rejected record"))];
        var knowledge = new KnowledgeTables(starter.Source.Knowledge);
        global::RulesEngine.RulesEngine engine = StarterWorkflow.CreateEngine();

        Agreement agreement = Compare(comparable, engine, knowledge, settlements);
        Pass ours = Pass.Measure(count, Passes, () => ScoreAll(comparable.CreateScorer(), settlements));
        Pass oursFull = Pass.Measure(count, Passes, () => ScoreAll(starter.CreateScorer(new InMemoryStayHistory()), settlements));
        Pass theirs = Pass.Measure(count, Passes, () => { foreach (Settlement s in settlements) { Execute(engine, s, knowledge); } });
        Pass oursParsing = Pass.Measure(count, Passes, () =>
        {
            var p = new SettlementParser();
            Scorer scorer = comparable.CreateScorer();
            foreach (byte[] line in lines) { scorer.Score(p.Parse(line).Settlement!); }
        });
        Pass theirsParsing = Pass.Measure(count, Passes, () =>
        {
            var p = new SettlementParser();
            foreach (byte[] line in lines) { Execute(engine, p.Parse(line).Settlement!, knowledge); }
        });

        new Table($"SmartReview vs RulesEngine 6.0.1: {comparable.Rules.Count} starter rules, {N(count)} settlements, one thread, median of {Passes}",
                "measure", "SmartReview (settlements/s)", "RulesEngine (settlements/s)", "SmartReview ÷ RulesEngine",
                "SmartReview (KB allocated/settlement)", "RulesEngine (KB allocated/settlement)")
            .Row("scoring only (parsed once, in memory)", N(ours.PerSecond), N(theirs.PerSecond), N(ours.PerSecond / theirs.PerSecond, 1) + "×",
                N(ours.BytesEach / 1024, 1), N(theirs.BytesEach / 1024, 1))
            .Row("parse included (SettlementParser for both)", N(oursParsing.PerSecond), N(theirsParsing.PerSecond),
                N(oursParsing.PerSecond / theirsParsing.PerSecond, 1) + "×", N(oursParsing.BytesEach / 1024, 1), N(theirsParsing.BytesEach / 1024, 1))
            .Row($"SmartReview, whole starter pack ({starter.Rules.Count} rules, stay history), scoring only", N(oursFull.PerSecond), "", "",
                N(oursFull.BytesEach / 1024, 1), "")
            .Print();

        int differ = agreement.Print(comparable.Rules.Select(r => (r.Definition.Id, r.Definition.Family)), count);
        Console.WriteLine(differ == 0
            ? "The engines agree on every rule and settlement."
            : $"The engines differ on {N(differ)} (rule, settlement) decisions; e.g. "
              + string.Join("; ", comparable.Rules.Select(r => r.Definition.Id).SelectMany(id => agreement.Differences(id).Take(3).Select(s => $"{id} {s}"))));
    }

    private static Agreement Compare(CompiledPack pack, global::RulesEngine.RulesEngine engine, KnowledgeTables knowledge, Settlement[] settlements)
    {
        var agreement = new Agreement();
        Scorer scorer = pack.CreateScorer();
        foreach (Settlement s in settlements)
        {
            foreach (Flag flag in scorer.Score(s))
            {
                agreement.SmartReview(flag.RuleId, s.Id);
            }

            foreach (RuleResultTree result in Execute(engine, s, knowledge))
            {
                if (!string.IsNullOrEmpty(result.ExceptionMessage))
                {
                    throw new InvalidOperationException($"RulesEngine rule {result.Rule.RuleName}: {result.ExceptionMessage}");
                }

                if (result.IsSuccess)
                {
                    agreement.RulesEngine(result.Rule.RuleName, s.Id);
                }
            }
        }

        return agreement;
    }

    private static void ScoreAll(Scorer scorer, Settlement[] settlements)
    {
        foreach (Settlement s in settlements)
        {
            scorer.Score(s);
        }
    }

    private static List<RuleResultTree> Execute(global::RulesEngine.RulesEngine engine, Settlement s, KnowledgeTables knowledge) =>
        engine.ExecuteAllRulesAsync(StarterWorkflow.Name, s, knowledge).GetAwaiter().GetResult();
}
