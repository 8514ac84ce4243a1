using System.CommandLine;
using System.Globalization;
using SmartReview.Rules.Engine;
using SmartReview.Synthetic;

namespace SmartReview.Cli.Commands;

/// <summary>
/// <c>generate</c>: a realistic synthetic batch (deterministic for a seed) with violations planted for every rule of
/// the pack, a ground-truth file of the flags it must raise, and optionally malformed records with their own truth.
/// </summary>
internal static class GenerateCommand
{
    public static Command Create()
    {
        var count = new Option<int>("--count") { Description = "Settlements to generate", DefaultValueFactory = _ => 10_000 };
        var seed = new Option<int>("--seed") { Description = "Random seed (same seed, same file)", DefaultValueFactory = _ => 1 };
        var start = new Option<string>("--start") { Description = "First discharge date, yyyy-MM-dd", DefaultValueFactory = _ => "2024-01-01" };
        var days = new Option<int>("--days") { Description = "Span of discharges in days", DefaultValueFactory = _ => 366 };
        var malformed = new Option<double>("--malformed-rate") { Description = "Share of records corrupted on purpose (0–1)" };
        var output = new Option<string>("--out") { Description = "Settlements file (JSON Lines)", Required = true };
        var truth = new Option<string?>("--truth") { Description = "Ground truth (default: <out>.truth.jsonl)" };
        var pack = CommonOptions.Pack();
        var language = CommonOptions.Language();
        var command = new Command("generate", "Generate synthetic settlements with planted violations")
            { count, seed, start, days, malformed, output, truth, pack, language };
        command.SetAction(result =>
        {
            CommonOptions.Apply(result, language);
            CompiledPack? compiled = PackFiles.TryLoad(result.GetValue(pack)!);
            if (compiled is null)
            {
                return ExitCodes.PackInvalid;
            }

            var options = new GeneratorOptions
            {
                Count = result.GetValue(count), Seed = result.GetValue(seed), SpanDays = result.GetValue(days),
                StartDate = DateOnly.ParseExact(result.GetValue(start)!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                MalformedRate = result.GetValue(malformed),
            };
            string outPath = result.GetValue(output)!;
            string truthPath = result.GetValue(truth) ?? ScoreCommand.OutputPath(outPath, "truth");
            using var settlements = new FileStream(outPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20);
            using var truthFile = new FileStream(truthPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            using FileStream? rejects = options.MalformedRate > 0
                ? new FileStream(ScoreCommand.OutputPath(outPath, "rejects-truth"), FileMode.Create, FileAccess.Write) : null;
            GenerationResult made = SyntheticBatch.Write(compiled, options, settlements, truthFile, rejects);
            Console.WriteLine(CliText.Format("Generated", made.Records, outPath, made.Violations, made.ViolatingSettlements, made.Malformed,
                made.Elapsed.TotalSeconds, (long)made.RecordsPerSecond, truthPath));
            foreach (string rule in made.UnsupportedRules.Concat(made.UnplantableRules))
            {
                Console.WriteLine(CliText.Format("NotPlanted", rule));
            }

            foreach (string rule in made.CompoundRules)
            {
                Console.WriteLine(CliText.Format("PlantedCompound", rule));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
