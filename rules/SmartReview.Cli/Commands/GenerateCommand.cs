using System.CommandLine;
using System.Globalization;
using SmartReview.National.Export;
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
        var output = new Option<string>("--out") { Description = "Settlements file (JSON Lines), or a folder with --format national", Required = true };
        var format = new Option<string>("--format") { Description = "jsonl (default) or national: the five CSV tables of the national extract, rows shuffled", DefaultValueFactory = _ => "jsonl" };
        var encoding = new Option<string>("--encoding") { Description = "With --format national: utf8 (default), utf8-bom or gbk", DefaultValueFactory = _ => "utf8" };
        var truth = new Option<string?>("--truth") { Description = "Ground truth (default: <out>.truth.jsonl)" };
        var pack = CommonOptions.Pack();
        var language = CommonOptions.Language();
        var command = new Command("generate", "Generate synthetic settlements with planted violations")
            { count, seed, start, days, malformed, output, truth, pack, language, format, encoding };
        command.SetAction(async (result, cancel) =>
        {
            CommonOptions.Apply(result, language);
            string chosenFormat = result.GetValue(format)!;
            if (chosenFormat is not ("jsonl" or "national"))
            {
                Console.Error.WriteLine(CliText.Format("FormatInvalid", chosenFormat));
                return ExitCodes.Error;
            }

            if (Encodings.Of(result.GetValue(encoding)!) is not { } textEncoding)
            {
                Console.Error.WriteLine(CliText.Format("EncodingInvalid", result.GetValue(encoding)));
                return ExitCodes.Error;
            }

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
            bool national = chosenFormat == "national";
            string outPath = result.GetValue(output)!;
            string truthPath = result.GetValue(truth) ?? ScoreCommand.OutputPath(outPath, "truth");
            string jsonPath = national ? Path.Combine(Path.GetTempPath(), $"smartreview-{Guid.NewGuid():N}.jsonl") : outPath;
            await using var settlements = new FileStream(jsonPath, FileMode.Create, FileAccess.ReadWrite, FileShare.Read, 1 << 20,
                national ? FileOptions.DeleteOnClose : FileOptions.None);
            await using var truthFile = new FileStream(truthPath, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16);
            using FileStream? rejects = options.MalformedRate > 0
                ? new FileStream(ScoreCommand.OutputPath(outPath, "rejects-truth"), FileMode.Create, FileAccess.Write) : null;
            GenerationResult made = SyntheticBatch.Write(compiled, options, settlements, truthFile, rejects);
            if (national)
            {
                await settlements.FlushAsync(cancel);
                settlements.Position = 0;
                ExportResult tables = await NationalTables.WriteAsync(settlements, outPath,
                    new ExportOptions { Seed = options.Seed, Encoding = textEncoding, ByteOrderMark = result.GetValue(encoding) == "utf8-bom" }, cancel);
                Console.WriteLine(CliText.Format("GeneratedNational", outPath, tables.Settlements, tables.Rows[SmartReview.National.NationalTable.FeeLine]));
            }

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
