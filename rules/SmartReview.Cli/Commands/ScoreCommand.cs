using System.CommandLine;
using SmartReview.Cli.Output;
using SmartReview.Rules.Batches;
using SmartReview.Rules.Engine;
using SmartReview.Rules.History;
using SmartReview.Rules.Indicators;
using SmartReview.National;
using SmartReview.National.Sources;

namespace SmartReview.Cli.Commands;

/// <summary><c>score</c>: settlement files in, a flags file and a rejects file out, a summary on the console.</summary>
internal static class ScoreCommand
{
    public static Command Create()
    {
        var inputs = new Argument<string[]>("inputs") { Description = "Settlement files (JSON Lines), or national extracts (a folder or .zip of the five CSV tables)", Arity = ArgumentArity.OneOrMore };
        var pack = CommonOptions.Pack();
        var language = CommonOptions.Language();
        var flags = new Option<string?>("--flags") { Description = "Flags output (default: <first input>.flags.jsonl)" };
        var rejects = new Option<string?>("--rejects") { Description = "Rejects output (default: <first input>.rejects.jsonl)" };
        var facilityFlags = new Option<string?>("--facility-flags") { Description = "Facility indicator flags output (default: <first input>.facility-flags.jsonl)" };
        var workers = new Option<int>("--workers") { Description = "Scoring threads (default: one per core)" };
        var quiet = new Option<bool>("--quiet") { Description = "No progress output" };
        var asOf = CommonOptions.AsOf();
        var basis = CommonOptions.Basis();
        var extract = new ExtractOptions();
        var command = new Command("score", "Score settlement files against a rule pack")
        {
            inputs, pack, language, flags, rejects, facilityFlags, workers, quiet, asOf, basis,
        };
        extract.AddTo(command);
        command.SetAction(async (result, cancel) =>
        {
            CommonOptions.Apply(result, language);
            if (CommonOptions.Basis(result, basis, asOf) is not { } chosen)
            {
                return ExitCodes.Error;
            }

            string[] files = result.GetValue(inputs)!;
            var outputs = new Outputs(result.GetValue(flags) ?? OutputPath(files[0], "flags"), result.GetValue(rejects) ?? OutputPath(files[0], "rejects"),
                result.GetValue(facilityFlags) ?? OutputPath(files[0], "facility-flags"));
            if (extract.Read(result) is not { } fold)
            {
                return ExitCodes.Error;
            }

            return await Run(files, result.GetValue(pack)!, outputs, chosen, result.GetValue(workers), result.GetValue(quiet), fold, cancel);
        });
        return command;
    }

    private sealed record Outputs(string Flags, string Rejects, string FacilityFlags);

    private static async Task<int> Run(string[] inputs, string packPath, Outputs outputs, ScreeningBasis basis, int workers, bool quiet, FoldOptions fold,
        CancellationToken cancel)
    {
        string? missing = inputs.FirstOrDefault(f => !File.Exists(f) && !Directory.Exists(f));
        if (missing is not null)
        {
            Console.Error.WriteLine(CliText.Format("InputMissing", missing));
            return ExitCodes.InputMissing;
        }

        CompiledPack? pack = PackFiles.TryLoad(packPath);
        if (pack is null)
        {
            return ExitCodes.PackInvalid;
        }

        var history = new InMemoryStayHistory(pack.HistoryRetentionDays);
        var scorer = new BatchScorer(new PackRegistry(pack), history, workers, basis: basis);
        var summary = new BatchSummary();
        var folds = new List<(string Input, FoldResult Result)>();
        await using (var flagsOut = new FileStream(outputs.Flags, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 20))
        await using (var rejectsOut = new FileStream(outputs.Rejects, FileMode.Create, FileAccess.Write, FileShare.Read, 1 << 16))
        await using (var foldRejectsOut = new FileStream(Path.Combine(fold.TempDirectory ?? Path.GetTempPath(), $"smartreview-{Guid.NewGuid():N}.rejects.jsonl"),
            FileMode.Create, FileAccess.ReadWrite, FileShare.None, 1 << 16, FileOptions.DeleteOnClose))
        {
            var sink = new JsonLinesSink(flagsOut, rejectsOut);
            long totalBytes = inputs.Sum(f => File.Exists(f) ? new FileInfo(f).Length : Directory.EnumerateFiles(f).Sum(e => new FileInfo(e).Length));
            try
            {
                await ProgressView.Run(quiet, totalBytes, scorer, async () =>
                {
                    foreach (string input in inputs)
                    {
                        if (ExtractSources.IsExtract(input))
                        {
                            using var foldRejects = new JsonLinesFoldRejects(foldRejectsOut);
                            folds.Add((input, await ExtractScoring.ScoreAsync(input, scorer, sink, summary, foldRejects, fold, cancel)));
                            continue;
                        }

                        await using var file = new FileStream(input, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
                        await scorer.ScoreAsync(file, sink, summary, cancel);
                    }
                });
            }
            catch (NationalExtractException e)
            {
                Console.Error.WriteLine(CliText.Format("ExtractInvalid", string.Join(", ", inputs), e.Message));
                return ExitCodes.Error;
            }

            // The fold's rejects (rows of the extract) after the scorer's (settlements), in one rejects file.
            foldRejectsOut.Position = 0;
            await foldRejectsOut.CopyToAsync(rejectsOut, cancel);
        }

        IReadOnlyList<FacilityFlag> facilityFlags = pack.HasIndicators ? IndicatorReport.Evaluate(pack, summary.Indicators) : [];
        if (pack.HasIndicators)
        {
            await FacilityFlagFile.Write(outputs.FacilityFlags, facilityFlags, cancel);
        }

        foreach ((string input, FoldResult folded) in folds)
        {
            ExtractView.Print(input, folded);
        }

        SummaryView.Print(summary, pack, basis, outputs.Flags, outputs.Rejects);
        if (pack.HasIndicators)
        {
            SummaryView.PrintIndicators(facilityFlags, outputs.FacilityFlags);
        }

        return summary.Rejected > 0 || folds.Any(f => f.Result.RowsRejected > 0) ? ExitCodes.Rejected : ExitCodes.Ok;
    }

    internal static string OutputPath(string input, string kind)
    {
        input = input.TrimEnd('/', '\\');
        string name = input.EndsWith(".jsonl", StringComparison.OrdinalIgnoreCase) ? input[..^6]
            : input.EndsWith(".zip", StringComparison.OrdinalIgnoreCase) ? input[..^4] : input;
        return $"{name}.{kind}.jsonl";
    }
}
